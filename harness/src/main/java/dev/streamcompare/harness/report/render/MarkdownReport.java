package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.SoakVerdict;
import dev.streamcompare.harness.report.Summary;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** report.md, and its sections one by one (report.html shows some of them as they are). */
final class MarkdownReport {

    private MarkdownReport() {}

    static String of(Report report, List<Summary> rows) {
        StringBuilder md = new StringBuilder("# streamcompare report, ").append(report.createdUtc()).append("\n\n");
        md.append("`").append(report.commandLine()).append("`\n\n");
        md.append(report.passed() ? "Every run correct.\n\n" : "**Some runs are wrong or failed: see below.**\n\n");
        md.append(ReportWriter.referenceLine(report));
        if (!rows.isEmpty()) {
            md.append(Markdown.table(SummaryTable.of(rows))).append('\n').append(SummaryTable.note(rows));
        }
        md.append(ReferenceSection.markdown(report)).append(PeerSection.markdown(report)).append(sustainable(report))
                .append(faults(report)).append(soak(report)).append(scaling(report)).append(FrontierSection.markdown(report))
                .append(state(report)).append(latency(report))
                .append(broker(report));
        md.append("## How each figure is measured\n\n").append(report.setup().method().get("howMeasured")).append('\n');
        md.append("## Machine and input\n\n").append(machineAndInput(report.setup()));
        md.append("\n## Runs\n\n").append(Markdown.table(FindingTables.runs(report.findings().runs())));
        return md.toString();
    }

    /** A section: a heading, what it shows, and its table; nothing for results not asked for. */
    private static <T> String section(String heading, List<T> results, Function<List<T>, String> text,
                                      Function<List<T>, Table> table) {
        return results == null || results.isEmpty() ? ""
                : "## " + heading + "\n\n" + text.apply(results) + "\n\n" + Markdown.table(table.apply(results)) + "\n";
    }

    static String sustainable(Report report) {
        return section("Sustainable rate", report.findings().sustainable(), results -> "The highest fixed rate with every "
                + "marker's latency within 3 batch intervals and no backlog, over probes of " + results.get(0).probeSeconds()
                + " s: doubling from --rate until the first probe that falls behind, then bisection until the rate kept up with "
                + "and the one fallen behind at are within 15 %. ≥: --sustain-probes stopped the search first; the ceiling is "
                + "higher.", FindingTables::sustainable);
    }

    static String faults(Report report) {
        return section("Faults", report.findings().faults(), results -> "Kill and recover: the stateful job killed with "
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
                + "fails.", FindingTables::faults);
    }

    static String soak(Report report) {
        return section("Soak", report.findings().soak(), results -> "Each streaming job at a fixed rate. The steady part "
                + "starts when the distinct words counted stop growing (and not before a tenth of the run); RSS there and at "
                + "the end are medians over a tenth of the run. Pass: RSS grows by less than "
                + (int) SoakVerdict.MAX_RSS_GROWTH_PERCENT + " % and p99 latency stays within "
                + SoakVerdict.LATENCY_BOUND_BATCHES + " batch intervals. The children touch their whole heap at start "
                + "(-XX:+AlwaysPreTouch): RSS growth is growth outside the heap; a heap filling up shows as latency.",
                FindingTables::soak);
    }

    static String scaling(Report report) {
        return section("Cost as work grows", report.findings().scaling(), results -> "Each streaming job's max-rate phase at "
                + "several input sizes and core counts, one run each. CPU-seconds per million words: the child's whole CPU "
                + "(start-up and a 1 s fixed-rate phase included) over the words of the input.", FindingTables::scaling);
    }

    /** Latency per streaming run, or nothing if no run sent markers. */
    static String latency(Report report) {
        Table table = report.findings().runs() == null ? null : LatencyTable.of(report.findings().runs());
        return table == null ? "" : "## Latency per run\n\n" + LatencyTable.TEXT + "\n\n" + Markdown.table(table) + "\n";
    }

    /** What state costs per stateful job and engine, or nothing if no stateful job ran. */
    static String state(Report report) {
        Table table = report.findings().runs() == null ? null : StateTable.of(report.findings().runs());
        return table == null ? "" : "## What state costs\n\n" + StateTable.TEXT + "\n\n" + Markdown.table(table) + "\n";
    }

    /** The Kafka broker beside each Kafka run, or nothing if no run measured one. */
    static String broker(Report report) {
        Table table = report.findings().runs() == null ? null : BrokerTable.of(report.findings().runs());
        return table == null ? "" : "## Kafka broker\n\n" + BrokerTable.TEXT + "\n\n" + Markdown.table(table) + "\n";
    }

    /** The machine, the versions, the input and each engine's settings: a line each. */
    private static String machineAndInput(Report.Setup setup) {
        StringBuilder md = new StringBuilder();
        Report.Machine m = setup.machine();
        md.append(String.format(Locale.ROOT, "- %s, %d cores, %.1f GiB, %s, Java %s%n", m.cpuModel(), m.cores(),
                m.memoryBytes() / (1024.0 * 1024 * 1024), m.os(), m.java()));
        if (m.pinning() != null) {
            md.append("- CPUs: ").append(m.pinning()).append('\n');
        }
        setup.versions().forEach((k, v) -> md.append("- ").append(k).append(' ').append(v).append('\n'));
        Report.Input.Text in = setup.input().text();
        Integer warmUp = setup.input().warmUp();
        Report.Input.FixedRate fixed = setup.input().fixedRate();
        md.append(String.format(Locale.ROOT, "- input: %s × %d, %,d bytes, %,d lines, %,d words (%,d distinct), sha256 %s%n",
                in.seed(), in.repeat(), in.bytes(), in.lines(), in.words(), in.distinct(), in.sha256()));
        if (in.pieces() != null) {
            md.append(String.format(Locale.ROOT, "- cut into %,d pieces (a file each for the file jobs), each with a sentinel word "
                    + "of its own, counted in the words above%n", in.pieces()));
        }
        if (warmUp != null && warmUp > 0) {
            md.append(String.format(Locale.ROOT, "- warm-up before each max-rate phase (not timed): %s × %d%n", in.seed(), warmUp));
        }
        md.append(String.format(Locale.ROOT, "- fixed-rate phase: %,d lines/s for %d s, a marker every %d ms%n",
                fixed.linesPerSecond(), fixed.seconds(), fixed.markerEveryMillis()));
        if (setup.input().expectedCounts() != null) {
            md.append("- expected counts: ").append(setup.input().expectedCounts().line()).append('\n');
        }
        setup.settings().forEach((engine, s) -> md.append("- ").append(engine).append(": ").append(s).append('\n'));
        return md.toString();
    }
}
