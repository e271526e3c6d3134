package dev.streamcompare.spark;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.StatefulFileOptions;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * The stateful count over the file-directory source: a running count per word over every file in
 * a watched folder, checkpointed in {@code --checkpoint DIR}; every batch, the full state sorted
 * by word. Unlike a socket, the folder can be read again: the checkpoint holds the files each
 * batch selected, so a job killed and revived by {@code getOrCreate} recomputes the batches it had
 * not finished from the same files and counts every word exactly once.
 *
 * <p>Side by side with {@code dev.streamcompare.flink.StatefulFileWordCount}, step for step.
 */
public final class StatefulFileWordCount {

    private StatefulFileWordCount() {}

    public static void main(String[] args) {
        StatefulFileOptions options = JobCli.parseOrExit("StatefulFileWordCount", new StatefulFileOptions(), args);
        JobCli.runAndExit("StatefulFileWordCount", () -> {
            StreamingJobs.state(options, options.state); // DStreams has one way; another is refused before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "spark StatefulFileWordCount " + options.describe());
            String folder = options.checkpoint.toAbsolutePath().toString();
            JavaStreamingContext ssc = JavaStreamingContext.getOrCreate(folder, () -> {
                JavaStreamingContext created = StreamingJobs.context("StatefulFileWordCount", options, false);
                created.checkpoint(folder);
                addTo(created, options);
                return created;
            });
            StreamingJobs.runUntilStopped(ssc, "StatefulFileWordCount");
        });
    }

    /**
     * textFileStream → flatMap(split) → map(word, 1) → updateStateByKey → sortByKey → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(JavaStreamingContext ssc, StatefulFileOptions options) {
        JavaDStream<String> lines = StreamingJobs.textFileStream(ssc, options); // UTF-8 lines

        WordCountSteps.runningCount(lines, options, options.state.changes());
    }
}
