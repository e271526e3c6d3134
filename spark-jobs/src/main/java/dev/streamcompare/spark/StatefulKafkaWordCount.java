package dev.streamcompare.spark;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.KafkaTopics;
import dev.streamcompare.common.StatefulKafkaOptions;
import java.time.Duration;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * The stateful socket job's twin on Kafka: a running count per word over the records of a topic,
 * checkpointed in {@code --checkpoint DIR}; every batch, the full state sorted by word. Killed and
 * started again on the same folder, {@code getOrCreate} revives the job from its newest checkpoint
 * — the state, and the offset ranges of the batches it had not finished, run again under the same
 * batch times: each record counts once over both runs.
 *
 * <p>Side by side with {@code dev.streamcompare.flink.StatefulKafkaWordCount}, step for step.
 */
public final class StatefulKafkaWordCount {

    private StatefulKafkaWordCount() {}

    public static void main(String[] args) {
        StatefulKafkaOptions options = JobCli.parseOrExit("StatefulKafkaWordCount", new StatefulKafkaOptions(), args);
        JobCli.runAndExit("StatefulKafkaWordCount", () -> {
            KafkaTopics.requirePartitions(options.bootstrap, options.topic, Duration.ofSeconds(KafkaOptions.CONNECT_TIMEOUT_SECONDS));
            StreamingJobs.state(options, options.state); // DStreams has one way; another is refused before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "spark StatefulKafkaWordCount " + options.describe());
            JavaStreamingContext ssc = context(options);
            StreamingJobs.runUntilStopped(ssc, "StatefulKafkaWordCount");
        });
    }

    /**
     * The job's context: revived from the newest checkpoint in {@code --checkpoint}, or made
     * afresh, checkpointing there, when it holds none.
     */
    static JavaStreamingContext context(StatefulKafkaOptions options) {
        String folder = options.checkpoint.toAbsolutePath().toString();
        return JavaStreamingContext.getOrCreate(folder, () -> {
            JavaStreamingContext created = StreamingJobs.context("StatefulKafkaWordCount", options, false);
            created.checkpoint(folder);
            addTo(created, options);
            return created;
        });
    }

    /**
     * createDirectStream → flatMap(split) → map(word, 1) → updateStateByKey → sortByKey → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(JavaStreamingContext ssc, StatefulKafkaOptions options) {
        JavaDStream<String> lines = StreamingJobs.kafkaLines(ssc, options); // UTF-8 lines

        WordCountSteps.runningCount(lines, options, options.state.changes());
    }
}
