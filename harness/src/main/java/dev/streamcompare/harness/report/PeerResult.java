package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What the peer did, as report.json records it: each group's fields in line, in this order.
 *
 * @param program   which peer, run as which job
 * @param outcome   whether it ran
 * @param timing    its throughput and how it was timed
 * @param reference its totals against the reference counts
 * @param split     its totals against what split("\\s") finds in the input
 * @param resources start-up, CPU and peak RSS of its JVM
 * @param log       its log, relative to the report folder
 */
public record PeerResult(@JsonUnwrapped Program program, @JsonUnwrapped Outcome outcome, @JsonUnwrapped Timing timing,
                         @JsonUnwrapped AgainstReference reference, @JsonUnwrapped AgainstSplit split,
                         @JsonUnwrapped Resources resources, String log) {

    /** The peer: the row's name, its main class, and the job whose input it gets. */
    public record Program(@JsonProperty("peer") String name, String mainClass, Job job) {}

    /**
     * @param failed   it crashed, never connected, or printed nothing
     * @param failure  why, or null
     * @param exitCode its JVM's exit code, or null
     */
    public record Outcome(boolean failed, String failure, Integer exitCode) {}

    /**
     * @param wordsPerSecond      the reference's words of the input / {@code secondsToLastChange}
     * @param secondsToLastChange first byte sent → the output line that last changed its totals, as the harness read
     *                            it (a window ends up to {@code windowSeconds} s after its words)
     * @param windowSeconds       its processing-time window: it prints once per window
     * @param reachedSplitTotal   its totals reached the words split("\\s") finds in the input (else the harness waited
     *                            until it had been quiet for two windows)
     */
    public record Timing(@JsonProperty("throughputWordsPerSecond") Double wordsPerSecond, Double secondsToLastChange,
                         int windowSeconds, boolean reachedSplitTotal) {}

    /**
     * @param wordsReference               words of the input by the reference (Python's str.split)
     * @param wordsCounted                 the sum of every count it printed
     * @param wordsCountedAfterInputClosed of those, printed after the harness closed its input (after the throughput's
     *                                     end point; the harness closes it only once the totals are complete or quiet,
     *                                     since Flink may drop windows still open when a source ends: docs/semantics.md §1)
     * @param distinctReference            distinct words by the reference
     * @param distinctCounted              distinct words it printed
     * @param fromReference                its totals against the reference counts
     */
    public record AgainstReference(long wordsReference, long wordsCounted, long wordsCountedAfterInputClosed,
                                   long distinctReference, long distinctCounted, RunResult.Differences fromReference) {

        /** Distinct words whose count differs from the reference's (missing, extra or different). */
        public int distinctDiffering() {
            return fromReference.missing() + fromReference.extra() + fromReference.different();
        }
    }

    /**
     * @param emptyStrings     its count of the empty string
     * @param wordsBySplit     words split("\\s") finds in the input, empty strings included
     * @param explainedBySplit its totals equal split("\\s")'s counts of the input
     * @param fromSplit        its totals against split("\\s")'s counts
     * @param otherStdoutLines lines of its standard output that are not {@code word : count}
     */
    public record AgainstSplit(long emptyStrings, long wordsBySplit, boolean explainedBySplit, RunResult.Differences fromSplit,
                               long otherStdoutLines) {}

    /** A peer that could not be run at all: {@code failure} says why; the reference's figures only. */
    public static PeerResult failed(String peer, String mainClass, int windowSeconds, String failure, long wordsReference,
                                    long distinctReference) {
        return new PeerResult(new Program(peer, mainClass, Job.SOCKET), new Outcome(true, failure, null),
                new Timing(null, null, windowSeconds, false),
                new AgainstReference(wordsReference, 0, 0, distinctReference, 0, RunResult.Differences.NONE),
                new AgainstSplit(0, 0, false, RunResult.Differences.NONE, 0), Resources.NONE, null);
    }

    /** The outcome's: whether it crashed, never connected, or printed nothing. */
    public boolean failed() {
        return outcome.failed();
    }
}
