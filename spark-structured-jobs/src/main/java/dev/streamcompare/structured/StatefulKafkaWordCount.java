package dev.streamcompare.structured;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.KafkaTopics;
import dev.streamcompare.common.StatefulKafkaOptions;
import java.time.Duration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

/**
 * The stateful socket job's twin on Kafka: a running count per word over the records of a topic,
 * {@code groupBy(word).count()} with its state and the offset log in {@code --checkpoint DIR};
 * after every micro-batch, the full state sorted by word. Unlike the socket job, it resumes:
 * started again on the same folder, it restores the state of the last committed micro-batch and
 * runs the next one again from the offsets logged for it, so each record counts once over both runs.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.StatefulKafkaWordCount}, step for step.
 */
public final class StatefulKafkaWordCount {

    private StatefulKafkaWordCount() {}

    public static void main(String[] args) {
        StatefulKafkaOptions options = JobCli.parseOrExit("StatefulKafkaWordCount", new StatefulKafkaOptions(), args);
        JobCli.runAndExit("StatefulKafkaWordCount", () -> {
            KafkaTopics.requirePartitions(options.bootstrap, options.topic, Duration.ofSeconds(KafkaOptions.CONNECT_TIMEOUT_SECONDS));
            StreamingJobs.stateStore(options, options.state); // a backend Spark has not is refused before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "spark-structured StatefulKafkaWordCount " + options.describe());
            SparkSession spark = StreamingJobs.session("StatefulKafkaWordCount", options);
            spark.streams().addListener(new StateCommits());
            StreamingJobs.runUntilStopped(spark, () -> query(spark, options).start(), "StatefulKafkaWordCount");
        });
    }

    /** readStream.kafka → flatMap(split) → groupBy(word).count(), complete mode → print / batch files. */
    public static DataStreamWriter<Row> query(SparkSession spark, StatefulKafkaOptions options) {
        StreamingJobs.useStateStore(spark, StreamingJobs.stateStore(options, options.state));
        return WordCountSteps.runningCount(WordCountSteps.words(KafkaWordCount.lines(spark, options)), options, options.state.changes(),
                options.checkpoint, "StatefulKafkaWordCount");
    }
}
