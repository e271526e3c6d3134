package dev.streamcompare.flink;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * Publishes the batches of a job through the project's output contract ({@link BatchOutput}):
 * Spark's {@code print()} layout on stdout and, with an output folder, one complete file per batch.
 *
 * <p>Records arrive stamped with the last millisecond of their batch (a window's max timestamp, or
 * the stateful job's timer). The writer gathers them per batch and publishes a batch once the
 * watermark has passed its end — when every upstream task has sent all of it — or at end of input.
 * Flink's FileSink would not do: it publishes files of an unbounded stream only on checkpoints,
 * as part files, not as batches. Run with parallelism 1, so that a batch is one file.
 */
final class BatchFileSink implements Sink<Tuple2<String, Long>> {

    private static final long serialVersionUID = 1L;

    private final String folder; // a String: Path is not serializable
    private final int print;

    BatchFileSink(Path folder, int print) {
        this.folder = folder == null ? null : folder.toAbsolutePath().toString();
        this.print = print;
    }

    @Override
    public SinkWriter<Tuple2<String, Long>> createWriter(WriterInitContext context) {
        return new Writer(new BatchOutput(folder == null ? null : Path.of(folder), print, System.out));
    }

    private static final class Writer implements SinkWriter<Tuple2<String, Long>> {
        private final BatchOutput output;
        private final TreeMap<Long, List<WordCount>> pending = new TreeMap<>(); // by batch end

        Writer(BatchOutput output) {
            this.output = output;
        }

        @Override
        public void write(Tuple2<String, Long> entry, Context context) {
            long batchEnd = context.timestamp() + 1;
            pending.computeIfAbsent(batchEnd, end -> new ArrayList<>()).add(new WordCount(entry.f0, entry.f1));
        }

        @Override
        public void writeWatermark(Watermark watermark) {
            publishUpTo(watermark.getTimestamp() == Long.MAX_VALUE ? Long.MAX_VALUE : watermark.getTimestamp() + 1);
        }

        @Override
        public void flush(boolean endOfInput) {
            if (endOfInput) {
                publishUpTo(Long.MAX_VALUE);
            }
        }

        private void publishUpTo(long batchEnd) {
            while (!pending.isEmpty() && pending.firstKey() <= batchEnd) {
                Map.Entry<Long, List<WordCount>> batch = pending.pollFirstEntry();
                output.publish(batch.getKey(), batch.getValue());
            }
        }

        @Override
        public void close() {
            // A batch still pending here was cut short by a cancel: dropped, as documented.
        }
    }
}
