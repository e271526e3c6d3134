package dev.streamcompare.structured;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.KafkaTopics;
import java.time.Duration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

/**
 * The socket job's twin on Kafka, the source users run in production: the words of the records of
 * a topic, counted per micro-batch, a micro-batch being the offsets each partition had grown by
 * when it was planned (no {@code maxOffsetsPerTrigger}: all of them). The offsets of each
 * micro-batch are written to the offset log in {@code --checkpoint DIR} before it runs: killed and
 * started again on the same folder, the query runs the micro-batch it had not committed again,
 * with the same offsets and the same batch time, so it is published again under the same name. A
 * fresh start reads the topic from its earliest offset. Stops cleanly on Ctrl-C or SIGTERM.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.KafkaWordCount}, step for step.
 */
public final class KafkaWordCount {

    private KafkaWordCount() {}

    public static void main(String[] args) {
        KafkaOptions options = JobCli.parseOrExit("KafkaWordCount", new KafkaOptions(), args);
        JobCli.runAndExit("KafkaWordCount", () -> {
            KafkaTopics.requirePartitions(options.bootstrap, options.topic, Duration.ofSeconds(KafkaOptions.CONNECT_TIMEOUT_SECONDS));
            WordCountSteps.refuseTransformWithState(options); // before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "spark-structured KafkaWordCount " + options.describe());
            SparkSession spark = StreamingJobs.session("KafkaWordCount", options);
            StreamingJobs.runUntilStopped(spark, () -> query(spark, options).start(), "KafkaWordCount");
        });
    }

    /** readStream.kafka → flatMap(split) → per micro-batch groupBy(word).count() → print / batch files. */
    public static DataStreamWriter<Row> query(SparkSession spark, KafkaOptions options) {
        Dataset<String> lines = lines(spark, options);

        return WordCountSteps.countPerBatch(WordCountSteps.words(lines), options, "KafkaWordCount")
                .option("checkpointLocation", options.checkpoint.toAbsolutePath().toString());
    }

    /**
     * The records' values as lines: {@code CAST(value AS STRING)}, UTF-8 (a malformed sequence
     * as U+FFFD, as every source here decodes), a record without a value (a tombstone) an empty
     * line. The consumer group ids are the source's own, made from {@code --group} as their prefix.
     */
    static Dataset<String> lines(SparkSession spark, KafkaOptions options) {
        return spark.readStream()
                .format("kafka")
                .option("kafka.bootstrap.servers", options.bootstrap)
                .option("subscribe", options.topic)
                .option("startingOffsets", "earliest")
                .option("groupIdPrefix", options.group)
                .load()
                .select(coalesce(col("value").cast("string"), lit("")))
                .as(Encoders.STRING());
    }
}
