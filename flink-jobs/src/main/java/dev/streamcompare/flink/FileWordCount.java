package dev.streamcompare.flink;

import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.JobCli;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The seed's {@code file_consumer.py} on Flink: the words of every file in a watched folder,
 * counted per batch. Takes the files present at start and those moved in later, each once, and
 * skips names starting with '_' or '.' (FileSource's default filter, the set Spark's job takes
 * too). Runs until stopped with Ctrl-C or SIGTERM.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.FileWordCount}, step for step.
 */
public final class FileWordCount {

    private FileWordCount() {}

    public static void main(String[] args) {
        FileStreamOptions options = JobCli.parseOrExit("FileWordCount", new FileStreamOptions(), args);
        JobCli.runAndExit("FileWordCount", () -> {
            StreamExecutionEnvironment env = StreamingJobs.environment(options, new Configuration());
            addTo(env, options);
            StreamingJobs.runUntilStopped(env, "FileWordCount");
        });
    }

    /**
     * textFileStream → flatMap(split) → map(word, 1) → reduceByKey per batch → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(StreamExecutionEnvironment env, FileStreamOptions options) {
        DataStream<String> lines = StreamingJobs.textFileStream(env, options);

        WordCountSteps.countPerBatch(lines, options);
    }
}
