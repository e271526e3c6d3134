package dev.streamcompare.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Spark's {@code updateStateByKey(lambda new, last: sum(new) + (last or 0))} in Flink: a running
 * count per word, kept in keyed state (checkpointed), and — as updateStateByKey does — every word
 * emitted at the end of every batch, changed or not, so that each batch carries the full state.
 *
 * <p>A timer at the last millisecond of the batch emits the count and sets the next batch's
 * timer. After a restore, the restored timers of batches long past fire at once: they only move
 * on to the current batch, so that no stale batch is published again. Later, when the watermark
 * leaps over several batches (under backpressure), every batch is still published, as Spark
 * processes every batch of its queue.
 */
final class RunningCount extends KeyedProcessFunction<String, Tuple2<String, Long>, Tuple2<String, Long>> {

    private static final long serialVersionUID = 1L;

    private final long batchMillis;
    /** Whether every word is emitted every batch (the seed's output), or only those that changed in it ({@code --changes}). */
    private final boolean everyBatch;
    private transient ValueState<Long> count;
    /** The watermark at the first timer after (re)start: timers a batch or more before it are stale. */
    private transient long firstTimerWatermark;

    RunningCount(long batchMillis) {
        this(batchMillis, true);
    }

    /**
     * With {@code everyBatch} false ({@code --changes}), a word is emitted at the end of the batches
     * it had records in, and not after: its timer is set by its records, not by the timer before.
     */
    RunningCount(long batchMillis, boolean everyBatch) {
        this.batchMillis = batchMillis;
        this.everyBatch = everyBatch;
    }

    @Override
    public void open(OpenContext context) {
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
        firstTimerWatermark = Long.MIN_VALUE;
    }

    @Override
    public void processElement(Tuple2<String, Long> pair, Context context, Collector<Tuple2<String, Long>> out) throws Exception {
        Long last = count.value();
        count.update((last == null ? 0L : last) + pair.f1);
        context.timerService().registerEventTimeTimer(lastMilliOfBatch(context.timestamp()));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<Tuple2<String, Long>> out) throws Exception {
        long watermark = context.timerService().currentWatermark();
        if (watermark == Long.MAX_VALUE) {
            out.collect(Tuple2.of(context.getCurrentKey(), count.value())); // end of input: the final state
            return;
        }
        if (firstTimerWatermark == Long.MIN_VALUE) {
            firstTimerWatermark = watermark;
        }
        if (timestamp + batchMillis <= firstTimerWatermark) {
            context.timerService().registerEventTimeTimer(lastMilliOfBatch(firstTimerWatermark + 1)); // stale: restored
        } else {
            out.collect(Tuple2.of(context.getCurrentKey(), count.value()));
            if (everyBatch) {
                context.timerService().registerEventTimeTimer(timestamp + batchMillis);
            }
        }
    }

    private long lastMilliOfBatch(long time) {
        return WordCountSteps.lastMilliOfBatch(time, batchMillis);
    }
}
