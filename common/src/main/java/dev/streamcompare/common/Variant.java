package dev.streamcompare.common;

import java.util.Locale;

/**
 * How a streaming job is run. {@code faithful}: as the seed wrote it. {@code tuned}: the same
 * meaning — batch interval, the engine's own source, its keyed aggregation, exact counts — with
 * each engine's usual performance settings (docs/performance.md). {@code per-record}: Flink's
 * stateful jobs only, the running count published as it changes instead of once a batch — its
 * state updated per record, the changed counts published every batch interval — the "native
 * streaming" row beside the micro-batch ones (docs/semantics.md). {@code transform-with-state}:
 * Structured Streaming's stateful jobs only, the running count kept by a {@code StatefulProcessor}
 * with a {@code ValueState<Long>} per word (Spark 4's {@code transformWithState}, on the RocksDB state
 * store), the words that changed published each micro-batch.
 */
public enum Variant {
    FAITHFUL,
    TUNED,
    PER_RECORD,
    TRANSFORM_WITH_STATE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
