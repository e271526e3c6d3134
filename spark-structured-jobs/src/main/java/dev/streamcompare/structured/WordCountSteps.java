package dev.streamcompare.structured;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.unix_millis;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.StreamOptions;
import dev.streamcompare.common.Tokenizer;
import java.nio.file.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.TimeMode;
import scala.Tuple2;

/**
 * The steps every Structured Streaming word count shares: split a line into words with the
 * shared tokenizer (a typed {@code flatMap}, not SQL's {@code split}, so that all engines count
 * the same words), then count per word.
 */
final class WordCountSteps {

    private WordCountSteps() {}

    /** The column of the words. */
    static final String WORD = "word";

    /** The column of the counts, as {@code groupBy(...).count()} names it. */
    static final String COUNT = "count";

    /** The column of the micro-batch's trigger time, epoch ms. */
    static final String BATCH_TIME = "batchTime";

    /** {@code flatMap(lambda line: line.split())}, with the shared tokenizer. */
    static final FlatMapFunction<String, String> SPLIT = line -> Tokenizer.split(line).iterator();

    /** The words of {@code lines}, one row each, in column {@link #WORD}. */
    static Dataset<Row> words(Dataset<String> lines) {
        return lines.flatMap(SPLIT, Encoders.STRING()).toDF(WORD);
    }

    /**
     * The same rows with the time of the micro-batch that holds them: in a streaming query,
     * {@code current_timestamp()} is the batch's timestamp, fixed when its offsets are taken and
     * kept in the offset log, so a batch run again after a restart gets the same time.
     */
    static Dataset<Row> withBatchTime(Dataset<Row> rows) {
        return rows.withColumn(BATCH_TIME, unix_millis(current_timestamp()));
    }

    /**
     * The seed's stateless streaming count: {@code groupBy(word).count()} of each micro-batch's
     * words alone (in {@code foreachBatch}), published through {@link PublishBatch}.
     */
    static DataStreamWriter<Row> countPerBatch(Dataset<Row> words, StreamOptions options, String name) {
        refuseTransformWithState(options);
        PublishBatch publish = new PublishBatch(options.output, options.print, options.batchMillis());
        VoidFunction2<Dataset<Row>, Long> countAndPublish =
                (batch, batchId) -> publish.call(batch.groupBy(col(WORD), col(BATCH_TIME)).count(), batchId);
        return StreamingJobs.writer(withBatchTime(words), OutputMode.Append(), options, name)
                .foreachBatch(countAndPublish);
    }

    /**
     * The seed's stateful count: {@code groupBy(word).count()} over the whole stream, a running
     * aggregation whose state Spark keeps in the checkpoint; every micro-batch, the whole result
     * table (complete output mode), published through {@link PublishBatch}; with {@code changes}
     * ({@code --changes}), the rows the micro-batch changed (update output mode).
     */
    static DataStreamWriter<Row> runningCount(Dataset<Row> words, StreamOptions options, boolean changes, Path checkpoint, String name) {
        if (options.transformWithState()) {
            return runningCountWithState(words, options, checkpoint, name); // publishes changes anyway
        }
        Dataset<Row> counts = words.groupBy(col(WORD)).count();
        // --changes: update mode, each micro-batch the rows it changed, published as changes (PublishBatch#changes).
        return StreamingJobs.writer(withBatchTime(counts), changes ? OutputMode.Update() : OutputMode.Complete(), options, name)
                .option("checkpointLocation", checkpoint.toAbsolutePath().toString())
                .foreachBatch(changes ? PublishBatch.changes(options.output, options.print)
                        : new PublishBatch(options.output, options.print, options.batchMillis()));
    }

    /**
     * The running count as Spark 4 writes it: {@code groupByKey(word).transformWithState} with a
     * {@link RunningCountProcessor} (a {@code ValueState<Long>} per word, in the RocksDB state store).
     * In update output mode a micro-batch emits only the words that had input in it, with their new
     * counts; those are published as they are ({@link PublishBatch#changes}), a file per micro-batch
     * named by the micro-batch's own timestamp. The seed's output, the full state every batch, is
     * the newest count per word over the files so far ({@code BatchFiles.upserted}, as the tests
     * and the harness read it). It holds across a recovery because nothing is kept outside the
     * checkpoint: the counts live in the state store only, and a micro-batch run again after a
     * restart has the same timestamp (kept in the offset log), so it writes the same file again.
     */
    static DataStreamWriter<Row> runningCountWithState(Dataset<Row> words, StreamOptions options, Path checkpoint, String name) {
        Dataset<Tuple2<String, Long>> counts = words.as(Encoders.STRING())
                .groupByKey((MapFunction<String, String>) word -> word, Encoders.STRING())
                .transformWithState(new RunningCountProcessor(), TimeMode.None(), OutputMode.Update(),
                        Encoders.tuple(Encoders.STRING(), Encoders.LONG()));
        return StreamingJobs.writer(withBatchTime(counts.toDF(WORD, COUNT)), OutputMode.Update(), options, name)
                .option("checkpointLocation", checkpoint.toAbsolutePath().toString())
                .foreachBatch(PublishBatch.changes(options.output, options.print));
    }

    /** Refuses the {@code transformWithState} variant for a job that counts each batch alone. */
    static void refuseTransformWithState(StreamOptions options) {
        if (options.transformWithState()) {
            throw new BadInputException("--variant transform-with-state is a running count: the stateful jobs' alone");
        }
    }
}
