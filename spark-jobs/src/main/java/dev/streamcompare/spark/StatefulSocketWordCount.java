package dev.streamcompare.spark;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.StatefulSocketOptions;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * The seed's {@code stateful_socket_consumer.py} on Spark Streaming: a running count per word
 * over the whole stream, checkpointed in {@code --checkpoint DIR}; every batch, the full state
 * sorted by word. Started again on the same folder, {@code getOrCreate} revives the job from its
 * newest checkpoint — with the options it was first started with, which is why the folder
 * records them and a start with other options is refused.
 *
 * <p>Side by side with {@code dev.streamcompare.flink.StatefulSocketWordCount}, step for step.
 */
public final class StatefulSocketWordCount {

    private StatefulSocketWordCount() {}

    public static void main(String[] args) {
        StatefulSocketOptions options = JobCli.parseOrExit("StatefulSocketWordCount", new StatefulSocketOptions(), args);
        JobCli.runAndExit("StatefulSocketWordCount", () -> {
            StreamingJobs.state(options, options.state); // DStreams has one way; another is refused before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "spark StatefulSocketWordCount " + options.describe());
            String folder = options.checkpoint.toAbsolutePath().toString();
            JavaStreamingContext ssc = JavaStreamingContext.getOrCreate(folder, () -> {
                JavaStreamingContext created = StreamingJobs.context("StatefulSocketWordCount", options, true);
                created.checkpoint(folder);
                addTo(created, options);
                return created;
            });
            StreamingJobs.runUntilStopped(ssc, "StatefulSocketWordCount");
        });
    }

    /**
     * socketTextStream → flatMap(split) → map(word, 1) → updateStateByKey → sortByKey → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(JavaStreamingContext ssc, StatefulSocketOptions options) {
        JavaDStream<String> lines = StreamingJobs.socketTextStream(ssc, options); // UTF-8 lines

        WordCountSteps.runningCount(lines, options, options.state.changes());
    }
}
