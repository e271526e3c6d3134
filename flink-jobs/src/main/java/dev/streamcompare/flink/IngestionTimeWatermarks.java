package dev.streamcompare.flink;

import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Spark's batching, in Flink terms: each record is stamped with the wall-clock time it arrives
 * (ingestion time), and the watermark follows the wall clock, also while no record arrives.
 *
 * <p>Why not processing-time windows: they drop every pending result when a bounded source ends
 * (no Flink 2.3 option fires processing-time timers at end of input). Event-time windows fire at
 * end of input, when the source emits the final watermark. Why not a watermark that advances with
 * the records: it stalls when the input goes quiet, and the last batch would never come out.
 * Here, the periodic watermark ({@code pipeline.auto-watermark-interval}, 200 ms by default) is
 * the clock minus one millisecond, so a batch closes within that interval after its end.
 */
final class IngestionTimeWatermarks<T> implements WatermarkStrategy<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public TimestampAssigner<T> createTimestampAssigner(TimestampAssignerSupplier.Context context) {
        return (element, previousTimestamp) -> System.currentTimeMillis();
    }

    @Override
    public WatermarkGenerator<T> createWatermarkGenerator(WatermarkGeneratorSupplier.Context context) {
        return new WatermarkGenerator<>() {
            @Override
            public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
                // The clock, not the records, moves the watermark.
            }

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {
                // Every record stamped from now on has a timestamp above this watermark.
                output.emitWatermark(new Watermark(System.currentTimeMillis() - 1));
            }
        };
    }
}
