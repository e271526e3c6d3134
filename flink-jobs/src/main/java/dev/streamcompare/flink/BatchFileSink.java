package dev.streamcompare.flink;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>For a stateful job ({@link #fullState}), each batch is the whole state: a word missing from
 * a batch keeps its count from the batch before. {@link RunningCount} sends every word every
 * batch, but at end of input the final timers of different words can fall in two consecutive
 * batches (a word first seen in the last batch, the others' timers one batch earlier); without
 * carrying the counts forward, the newest file would hold only the words of the last batch.
 */
final class BatchFileSink implements Sink<Tuple2<String, Long>> {

    private static final long serialVersionUID = 1L;

    private final String folder; // a String: Path is not serializable
    private final int print;
    private final Kind kind;

    /** What a published file holds. */
    private enum Kind { PER_BATCH, FULL_STATE, CHANGES }

    private BatchFileSink(Path folder, int print, Kind kind) {
        this.folder = folder == null ? null : folder.toAbsolutePath().toString();
        this.print = print;
        this.kind = kind;
    }

    /** The sink of a stateless job: each batch holds that batch's counts. */
    static BatchFileSink perBatch(Path folder, int print) {
        return new BatchFileSink(folder, print, Kind.PER_BATCH);
    }

    /** The sink of a stateful job: each batch holds the whole state. */
    static BatchFileSink fullState(Path folder, int print) {
        return new BatchFileSink(folder, print, Kind.FULL_STATE);
    }

    /**
     * The sink of the per-record variant: records are running counts as they change, and each file
     * holds the newest count of every word that changed since the file before, published on each
     * watermark (every batch interval), before each checkpoint barrier and at end of input, named
     * for the wall-clock time it is published (never below a name before it, also after a restore
     * that replays older records). The state is the newest count of each word over all files
     * (docs/semantics.md §11).
     */
    static BatchFileSink changes(Path folder, int print) {
        return new BatchFileSink(folder, print, Kind.CHANGES);
    }

    @Override
    public SinkWriter<Tuple2<String, Long>> createWriter(WriterInitContext context) {
        BatchOutput output = new BatchOutput(folder == null ? null : Path.of(folder), print, System.out);
        return kind == Kind.CHANGES ? new ChangesWriter(output) : new Writer(output, kind == Kind.FULL_STATE);
    }

    /** Gathers the newest count of each word changed, and publishes them on each watermark. */
    private static final class ChangesWriter implements SinkWriter<Tuple2<String, Long>> {
        private final BatchOutput output;
        private final Map<String, Long> changed = new HashMap<>();
        private long lastPublished = Long.MIN_VALUE;

        ChangesWriter(BatchOutput output) {
            this.output = output;
        }

        @Override
        public void write(Tuple2<String, Long> entry, Context context) {
            changed.put(entry.f0, entry.f1); // a word's counts come in order: from one keyed task
        }

        @Override
        public void writeWatermark(Watermark watermark) {
            publish();
        }

        /**
         * Before each checkpoint barrier too: the keyed state upstream goes into the checkpoint with
         * these counts applied, so a restore would not send them again.
         */
        @Override
        public void flush(boolean endOfInput) {
            publish();
        }

        private void publish() {
            if (changed.isEmpty()) {
                return;
            }
            // The wall clock, not the watermark: a restore replays records with older timestamps,
            // and a name below one published before would be read as older than it.
            lastPublished = Math.max(System.currentTimeMillis(), lastPublished + 1);
            output.publish(lastPublished, changed.entrySet().stream().map(e -> new WordCount(e.getKey(), e.getValue())).toList());
            changed.clear();
        }

        @Override
        public void close() {
            // Changes still here were cut short by a cancel: dropped, as a pending batch is.
        }
    }

    private static final class Writer implements SinkWriter<Tuple2<String, Long>> {
        private final BatchOutput output;
        private final TreeMap<Long, List<WordCount>> pending = new TreeMap<>(); // by batch end
        private final Map<String, Long> state; // the last published state, for a stateful job

        Writer(BatchOutput output, boolean fullState) {
            this.output = output;
            this.state = fullState ? new HashMap<>() : null;
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
                List<WordCount> entries = batch.getValue();
                if (state != null) {
                    entries.forEach(entry -> state.put(entry.word(), entry.count()));
                    entries = state.entrySet().stream().map(entry -> new WordCount(entry.getKey(), entry.getValue())).toList();
                }
                output.publish(batch.getKey(), entries);
            }
        }

        @Override
        public void close() {
            // A batch still pending here was cut short by a cancel: dropped, as documented.
        }
    }
}
