package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.SoakVerdict;
import java.util.List;
import java.util.function.Function;

/** The sections of what was asked for beside the runs: sustainable rate, faults, soak, cost as work grows. */
final class FindingSections {

    private FindingSections() {}

    /** A section: a heading, what it shows, and its table; null for results not asked for. */
    private static <T> Section.Builder section(String heading, List<T> results, Function<List<T>, String> text,
                                               Function<List<T>, Table> table) {
        return results == null || results.isEmpty() ? null
                : Section.titled(heading).text(text.apply(results)).table(table.apply(results));
    }

    private static Section built(Section.Builder builder) {
        return builder == null ? null : builder.build();
    }

    static Section sustainable(Report report) {
        return built(section("Sustainable rate", report.findings().sustainable(), results -> "The highest fixed rate with every "
                + "marker's latency within 3 batch intervals and no backlog, over probes of " + results.get(0).probeSeconds()
                + " s: doubling from --rate until the first probe that falls behind, then bisection until the rate kept up with "
                + "and the one fallen behind at are within 15 %. ≥: --sustain-probes stopped the search first; the ceiling is "
                + "higher.", FindingTables::sustainable));
    }

    static Section faults(Report report) {
        return built(section("Faults", report.findings().faults(), results -> "Kill and recover: the stateful job killed with "
                + "SIGKILL three times while its input still arrives, each half a batch interval after a checkpoint completed, "
                + "and started again on its checkpoint folder. Each piece of input (a file, or a run of lines) ends in a "
                + "sentinel word of its own. Pieces to come, per kill: not yet arrived at the kill → when the restarted job "
                + "first published; both must be above 0. File input: a file a half second; after a kill a few more arrive "
                + "while the job is down, the rest once it has published again (after the last kill, at once). A file is "
                + "emptied once its sentinel is in the published state and two checkpoints have completed since, so only the "
                + "checkpoint holds its words and a restart that ignored it would lose them; the first kill waits for one. "
                + "Pass at 0 lost and 0 counted twice. Socket input (killed at 1/8, 3/8 and 5/8 of the lines) cannot be "
                + "replayed: pass if nothing is counted twice and the loss is at most the words written from when the "
                + "checkpoint each kill went back to began (less " + FaultResult.IN_FLIGHT_MILLIS + " ms in flight) to the "
                + "end of the killed connection, every lost sentinel among them. Producer failure: the producer closes its "
                + "connection at half the input, every line written, and listens again 3 s later (Flink's socket source with "
                + "--max-retry -1); pass at exact counts. File written in place: appended in ten slices a quarter of a batch "
                + "interval apart, instead of moved in whole; pass if nothing is counted twice, what it misses of the file is "
                + "the finding. A job that ends on its own is a finding, never a pass; one that needs a kill after SIGTERM "
                + "fails.", FindingTables::faults));
    }

    static Section soak(Report report) {
        Section.Builder soak = section("Soak", report.findings().soak(), results -> "Each streaming job at a fixed rate. The "
                + "steady part starts when the distinct words counted stop growing (and not before a tenth of the run); RSS "
                + "there and at the end are medians over a tenth of the run. Pass: RSS grows by less than "
                + (int) SoakVerdict.MAX_RSS_GROWTH_PERCENT + " % and p99 latency stays within "
                + SoakVerdict.LATENCY_BOUND_BATCHES + " batch intervals. The children touch their whole heap at start "
                + "(-XX:+AlwaysPreTouch): RSS growth is growth outside the heap; a heap filling up shows as latency.",
                FindingTables::soak);
        return soak == null ? null : soak.charts(() -> Charts.soak(report.findings().soak())).build();
    }

    static Section scaling(Report report) {
        Section.Builder scaling = section("Cost as work grows", report.findings().scaling(), results -> "Each streaming job's "
                + "max-rate phase at several input sizes and core counts, one run each. CPU-seconds per million words: the "
                + "child's whole CPU (start-up and a 1 s fixed-rate phase included) over the words of the input.",
                FindingTables::scaling);
        return scaling == null ? null : scaling.charts(() -> Charts.scaling(report.findings().scaling())).build();
    }
}
