package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Resources;
import java.util.List;
import java.util.Locale;

/** The peer: what it is and how to read its row, the row, and its first differences from the reference. */
final class PeerSection {

    /** The column of the row that says whether it ran. */
    static final int OUTCOME = 1;

    private static final List<String> HEADINGS = List.of("peer", "outcome", "throughput, words/s", "× reference rate",
            "first byte → last change of its totals, s", "words counted (reference)", "empty strings counted",
            "distinct words (reference)", "distinct words differing from the reference",
            "totals = split(\"\\\\s\") of the input", "start-up, ms", "CPU, s", "peak RSS, MiB");

    private PeerSection() {}

    /** What the peer row is and how to read it. */
    static String text(PeerResult peer) {
        return String.format(Locale.ROOT, """
                Flink's own example `%s` (its jar from Maven Central), run embedded like the Flink jobs (same heap, \
                parallelism = cores) on the socket job's max-rate input, byte for byte, once. It is a peer, not a checked run: \
                its counts differ from the reference by design. It splits each line with `split("\\\\s")`, which yields an \
                empty string for an empty line and for every further whitespace character in a run of them, and splits on \
                ASCII whitespace only; the reference (the jobs' tokenizer) reproduces Python's `str.split()`. The \
                `split("\\\\s")` column says whether the harness's own `split("\\\\s")` of the input predicts its totals \
                exactly. Throughput: the reference's words of the input / (the output line that last changed its totals − \
                first byte sent). It prints once per %d s processing-time window, so that end point can be up to %d s \
                late, which understates a short input most. It is reported failed only if it crashes, never connects or \
                prints nothing; its differences never fail the comparison.
                """, peer.program().mainClass(), peer.timing().windowSeconds(), peer.timing().windowSeconds());
    }

    /** The peer's row, its throughput also as a ratio to {@code referenceRate} when known. */
    static Table table(PeerResult peer, Double referenceRate) {
        PeerResult.Timing t = peer.timing();
        PeerResult.AgainstReference r = peer.reference();
        Resources c = peer.resources();
        return new Table(HEADINGS, List.of(List.of(peer.program().name(), outcome(peer),
                t.wordsPerSecond() == null ? NONE : Format.words(t.wordsPerSecond()),
                t.wordsPerSecond() == null || referenceRate == null ? NONE
                        : String.format(Locale.ROOT, "%.2f", t.wordsPerSecond() / referenceRate),
                Format.oneDecimal(t.secondsToLastChange()),
                Format.count(r.wordsCounted()) + " (" + Format.count(r.wordsReference()) + ")",
                Format.count(peer.split().emptyStrings()),
                Format.count(r.distinctCounted()) + " (" + Format.count(r.distinctReference()) + ")",
                String.format(Locale.ROOT, "%,d: %,d missing, %,d extra, %,d different", r.distinctDiffering(),
                        r.fromReference().missing(), r.fromReference().extra(), r.fromReference().different()),
                peer.failed() ? NONE : peer.split().explainedBySplit() ? "yes"
                        : "no: " + String.join("; ", peer.split().fromSplit().first()),
                c.startupMs() == null ? NONE : Format.ms(c.startupMs()), Format.oneDecimal(c.cpuSeconds()),
                Format.whole(c.peakRssMiB()))));
    }

    private static String outcome(PeerResult peer) {
        return peer.failed() ? "failed: " + peer.outcome().failure() : peer.timing().reachedSplitTotal() ? "ran"
                : "ran; its totals stopped short of split's after two quiet windows";
    }

    /** Its first differences from the reference, joined, or empty. */
    static String firstDifferences(PeerResult peer) {
        return String.join("; ", peer.reference().fromReference().first());
    }

    /** The peer's section: what it is, its row (the outcome wrong if it failed), its first differences; null if it did not run. */
    static Section section(Report report) {
        PeerResult peer = report.findings().peer();
        if (peer == null) {
            return null;
        }
        String first = firstDifferences(peer);
        return Section.titled("Peer").text(text(peer))
                .table(table(peer, report.findings().referenceRateWordsPerSecond()), (row, column) -> column == OUTCOME && peer.failed())
                .text(first.isEmpty() ? "" : "First differences from the reference: " + first).build();
    }
}
