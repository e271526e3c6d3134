package dev.streamcompare.spark;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.KafkaTopics;
import java.time.Duration;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * The socket job's twin on Kafka, the source users run in production: the words of the records of
 * a topic, counted per batch, a batch being the offset range each partition had grown by at its
 * batch time (the direct stream: no receiver). Checkpointed in {@code --checkpoint DIR}: killed and
 * started again on the same folder, {@code getOrCreate} revives the job and runs the batches it had
 * not finished again, with the same offset ranges under the same batch times. A fresh start reads
 * the topic from its earliest offset. Stops cleanly on Ctrl-C or SIGTERM.
 *
 * <p>Side by side with {@code dev.streamcompare.flink.KafkaWordCount}, step for step.
 */
public final class KafkaWordCount {

    private KafkaWordCount() {}

    public static void main(String[] args) {
        KafkaOptions options = JobCli.parseOrExit("KafkaWordCount", new KafkaOptions(), args);
        JobCli.runAndExit("KafkaWordCount", () -> {
            KafkaTopics.requirePartitions(options.bootstrap, options.topic, Duration.ofSeconds(KafkaOptions.CONNECT_TIMEOUT_SECONDS));
            options.refuseFlinkOnly("Spark DStreams"); // before the folder is claimed
            options.refuseStructuredOnly("Spark DStreams");
            CheckpointIdentity.claim(options.checkpoint, "spark KafkaWordCount " + options.describe());
            JavaStreamingContext ssc = context(options);
            StreamingJobs.runUntilStopped(ssc, "KafkaWordCount");
        });
    }

    /**
     * The job's context: revived from the newest checkpoint in {@code --checkpoint}, or made
     * afresh, checkpointing there, when it holds none.
     */
    static JavaStreamingContext context(KafkaOptions options) {
        String folder = options.checkpoint.toAbsolutePath().toString();
        return JavaStreamingContext.getOrCreate(folder, () -> {
            JavaStreamingContext created = StreamingJobs.context("KafkaWordCount", options, false);
            created.checkpoint(folder);
            addTo(created, options);
            return created;
        });
    }

    /**
     * createDirectStream → flatMap(split) → map(word, 1) → reduceByKey per batch → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(JavaStreamingContext ssc, KafkaOptions options) {
        JavaDStream<String> lines = StreamingJobs.kafkaLines(ssc, options); // UTF-8 lines

        WordCountSteps.countPerBatch(lines, options);
    }
}
