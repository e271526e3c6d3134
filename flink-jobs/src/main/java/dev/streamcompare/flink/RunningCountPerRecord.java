package dev.streamcompare.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A running count per word in keyed state (checkpointed), its new value sent on with every record
 * that changes it: the per-record variant's state step, where {@link RunningCount} waits for the
 * end of the batch. Spark has no counterpart: {@code updateStateByKey} and Structured Streaming's
 * state both run once a micro-batch.
 */
final class RunningCountPerRecord extends KeyedProcessFunction<String, Tuple2<String, Long>, Tuple2<String, Long>> {

    private static final long serialVersionUID = 1L;

    private transient ValueState<Long> count;

    @Override
    public void open(OpenContext context) {
        count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
    }

    @Override
    public void processElement(Tuple2<String, Long> pair, Context context, Collector<Tuple2<String, Long>> out) throws Exception {
        Long last = count.value();
        long now = (last == null ? 0L : last) + pair.f1;
        count.update(now);
        out.collect(Tuple2.of(pair.f0, now));
    }
}
