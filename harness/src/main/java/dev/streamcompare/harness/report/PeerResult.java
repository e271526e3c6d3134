package dev.streamcompare.harness.report;

/**
 * What the peer did, as report.json records it.
 *
 * @param peer                        the row's name
 * @param failed                      it crashed, never connected, or printed nothing
 * @param failure                     why, or null
 * @param throughputWordsPerSecond    the reference's words of the input / {@code secondsToLastChange}
 * @param secondsToLastChange         first byte sent → the output line that last changed its totals, as the
 *                                    harness read it (a window ends up to {@code windowSeconds} s after its words)
 * @param reachedSplitTotal           its totals reached the words split("\\s") finds in the input (else the
 *                                    harness waited until it had been quiet for two windows)
 * @param wordsReference              words of the input by the reference (Python's str.split)
 * @param wordsCounted                the sum of every count it printed
 * @param wordsCountedAfterInputClosed of those, printed after the harness closed its input (after the throughput's
 *                                    end point; the harness closes it only once the totals are complete or quiet,
 *                                    since Flink may drop windows still open when a source ends: docs/semantics.md §1)
 * @param fromReference               its totals against the reference counts
 * @param emptyStrings                its count of the empty string
 * @param wordsBySplit                words split("\\s") finds in the input, empty strings included
 * @param explainedBySplit            its totals equal split("\\s")'s counts of the input
 * @param fromSplit                   its totals against split("\\s")'s counts
 * @param otherStdoutLines            lines of its standard output that are not {@code word : count}
 */
public record PeerResult(String peer, String mainClass, String job, boolean failed, String failure, Integer exitCode,
              Double throughputWordsPerSecond, Double secondsToLastChange, int windowSeconds, boolean reachedSplitTotal,
              long wordsReference, long wordsCounted, long wordsCountedAfterInputClosed, long distinctReference,
              long distinctCounted, RunResult.Differences fromReference, long emptyStrings, long wordsBySplit,
              boolean explainedBySplit, RunResult.Differences fromSplit, long otherStdoutLines, Long startupMs,
              Double cpuSeconds, Long peakRssBytes, String log) {

    /** A peer that could not be run at all: {@code failure} says why. */
    public static PeerResult failed(String peer, String mainClass, int windowSeconds, String failure, long wordsReference,
                                    long distinctReference) {
        return new PeerResult(peer, mainClass, "socket", true, failure, null, null, null, windowSeconds, false,
                wordsReference, 0, 0, distinctReference, 0, RunResult.Differences.NONE, 0, 0, false,
                RunResult.Differences.NONE, 0, null, null, null, null);
    }

    /** Distinct words whose count differs from the reference's (missing, extra or different). */
    public int distinctDiffering() {
        return fromReference.missing() + fromReference.extra() + fromReference.different();
    }
}
