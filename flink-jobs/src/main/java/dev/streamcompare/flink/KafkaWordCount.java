package dev.streamcompare.flink;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.KafkaTopics;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The socket job's twin on Kafka, the source users run in production: the words of the records of
 * a topic, counted per batch, a batch being the records whose Kafka timestamps fall in it (event
 * time). Checkpointed in {@code --checkpoint DIR} with the offsets it has read: killed and started
 * again on the same folder, it replays the records after its newest checkpoint, each into the batch
 * it was in before, and publishes those batches again under the same names. A fresh start reads
 * the topic from its earliest offset. Stops cleanly on Ctrl-C or SIGTERM.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.KafkaWordCount}, step for step.
 */
public final class KafkaWordCount {

    private KafkaWordCount() {}

    public static void main(String[] args) {
        KafkaOptions options = JobCli.parseOrExit("KafkaWordCount", new KafkaOptions(), args);
        JobCli.runAndExit("KafkaWordCount", () -> {
            KafkaTopics.requirePartitions(options.bootstrap, options.topic, Duration.ofSeconds(KafkaOptions.CONNECT_TIMEOUT_SECONDS));
            options.refuseStructuredOnly("Flink"); // before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "flink KafkaWordCount " + options.describe());
            StreamExecutionEnvironment env = StreamingJobs.environment(options,
                    FlinkCheckpoints.configure(options.checkpoint, options.checkpointMillis()));
            addTo(env, options);
            StreamingJobs.runUntilStopped(env, "KafkaWordCount");
        });
    }

    /**
     * KafkaSource → flatMap(split) → map(word, 1) → reduceByKey per batch → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(StreamExecutionEnvironment env, KafkaOptions options) {
        DataStream<String> lines = StreamingJobs.kafkaLines(env, options); // stamped with their Kafka timestamps

        WordCountSteps.countPerBatch(lines, options);
    }
}
