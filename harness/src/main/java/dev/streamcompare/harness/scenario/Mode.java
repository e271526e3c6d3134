package dev.streamcompare.harness.scenario;

/** What {@code ./compare.sh} runs: the comparison, or one of the runs of their own that replace it. */
public enum Mode {
    /** Every job on every engine, measured and checked (the default). */
    COMPARE,
    /** {@code --faults}: kill and recover, producer failure, file written in place. */
    FAULTS,
    /** {@code --soak MINUTES}: each streaming job for a long time at a fixed rate. */
    SOAK,
    /** {@code --scaling}: the max-rate phase at several input sizes and core counts. */
    SCALING,
    /** {@code --frontier}: sustainable rate and latency at several batch intervals. */
    FRONTIER
}
