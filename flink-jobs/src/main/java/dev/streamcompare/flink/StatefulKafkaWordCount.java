package dev.streamcompare.flink;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.KafkaTopics;
import dev.streamcompare.common.StatefulKafkaOptions;
import java.time.Duration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The stateful socket job's twin on Kafka: a running count per word over the records of a topic,
 * checkpointed in {@code --checkpoint DIR} together with the offsets read; every batch (by Kafka
 * timestamp), the full state sorted by word. Killed and started again on the same folder, it
 * restores the counts and offsets of its newest checkpoint and replays the records after it: each
 * record counts once over both runs.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.StatefulKafkaWordCount}, step for step.
 */
public final class StatefulKafkaWordCount {

    private StatefulKafkaWordCount() {}

    public static void main(String[] args) {
        StatefulKafkaOptions options = JobCli.parseOrExit("StatefulKafkaWordCount", new StatefulKafkaOptions(), args);
        JobCli.runAndExit("StatefulKafkaWordCount", () -> {
            KafkaTopics.requirePartitions(options.bootstrap, options.topic, Duration.ofSeconds(KafkaOptions.CONNECT_TIMEOUT_SECONDS));
            StateBackend backend = FlinkCheckpoints.backend(options, options.state);
            CheckpointIdentity.claim(options.checkpoint, "flink StatefulKafkaWordCount " + options.describe());
            StreamExecutionEnvironment env = StreamingJobs.environment(options,
                    FlinkCheckpoints.configure(options.checkpoint, options.checkpointMillis(), backend));
            addTo(env, options);
            StreamingJobs.runUntilStopped(env, "StatefulKafkaWordCount");
        });
    }

    /**
     * KafkaSource → flatMap(split) → map(word, 1) → updateStateByKey → sortByKey → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(StreamExecutionEnvironment env, StatefulKafkaOptions options) {
        DataStream<String> lines = StreamingJobs.kafkaLines(env, options); // stamped with their Kafka timestamps

        WordCountSteps.runningCount(lines, options, options.state.changes());
    }
}
