package dev.streamcompare.flink;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.StatefulFileOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The stateful count over the file-directory source: a running count per word over every file in
 * a watched folder, checkpointed in {@code --checkpoint DIR}; every batch, the full state sorted
 * by word. Unlike a socket, the folder can be read again: the checkpoint holds the files already
 * read and the read position in the ones being read, so a job killed and started again on the
 * same folder counts every word exactly once.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.StatefulFileWordCount}, step for step.
 */
public final class StatefulFileWordCount {

    private StatefulFileWordCount() {}

    public static void main(String[] args) {
        StatefulFileOptions options = JobCli.parseOrExit("StatefulFileWordCount", new StatefulFileOptions(), args);
        JobCli.runAndExit("StatefulFileWordCount", () -> {
            StateBackend backend = FlinkCheckpoints.backend(options, options.state);
            CheckpointIdentity.claim(options.checkpoint, "flink StatefulFileWordCount " + options.describe());
            StreamExecutionEnvironment env = StreamingJobs.environment(options,
                    FlinkCheckpoints.configure(options.checkpoint, options.checkpointMillis(), backend));
            addTo(env, options);
            StreamingJobs.runUntilStopped(env, "StatefulFileWordCount");
        });
    }

    /**
     * textFileStream → flatMap(split) → map(word, 1) → updateStateByKey → sortByKey → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(StreamExecutionEnvironment env, StatefulFileOptions options) {
        DataStream<String> lines = StreamingJobs.textFileStream(env, options);

        WordCountSteps.runningCount(lines, options, options.state.changes());
    }
}
