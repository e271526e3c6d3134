package dev.streamcompare.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.BatchFiles;
import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.java.tuple.Tuple2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFileSinkTest {

    @TempDir
    Path folder;

    /** A record of the batch ending at {@code batchEnd}, as a window or a timer stamps it: its last millisecond. */
    private static SinkWriter.Context inBatchEndingAt(long batchEnd) {
        return new SinkWriter.Context() {
            @Override
            public long currentWatermark() {
                return Long.MIN_VALUE;
            }

            @Override
            public Long timestamp() {
                return batchEnd - 1;
            }
        };
    }

    @Test
    void aStatefulBatchCarriesForwardTheWordsItDoesNotRepeat() throws Exception {
        try (SinkWriter<Tuple2<String, Long>> writer = BatchFileSink.fullState(folder, 0).createWriter(null)) {
            writer.write(Tuple2.of("a", 1L), inBatchEndingAt(2000));
            writer.write(Tuple2.of("b", 2L), inBatchEndingAt(2000));
            // End of input: "a"'s final timer fell in the batch before, "b"'s in the last one.
            writer.write(Tuple2.of("b", 3L), inBatchEndingAt(4000));
            writer.flush(true);
        }
        assertThat(BatchFiles.list(folder)).hasSize(2);
        assertThat(BatchFiles.newest(folder)).isEqualTo(Map.of("a", 1L, "b", 3L));
    }

    @Test
    void aStatelessBatchHoldsOnlyItsOwnCounts() throws Exception {
        try (SinkWriter<Tuple2<String, Long>> writer = BatchFileSink.perBatch(folder, 0).createWriter(null)) {
            writer.write(Tuple2.of("a", 1L), inBatchEndingAt(2000));
            writer.write(Tuple2.of("b", 3L), inBatchEndingAt(4000));
            writer.flush(true);
        }
        assertThat(BatchFiles.newest(folder)).isEqualTo(Map.of("b", 3L));
        assertThat(BatchFiles.sum(folder)).isEqualTo(Map.of("a", 1L, "b", 3L));
    }
}
