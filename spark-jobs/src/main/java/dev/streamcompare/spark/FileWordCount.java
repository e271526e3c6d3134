package dev.streamcompare.spark;

import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.JobCli;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * The seed's {@code file_consumer.py} on Spark Streaming: the words of every file in a watched
 * folder, counted per batch. Takes the same files as the Flink job: those present at start and
 * those moved in later, each once, whatever their modification time, skipping names that start
 * with '_' or '.'. Runs until stopped with Ctrl-C or SIGTERM.
 *
 * <p>The seed's {@code textFileStream} differs on each point: it ignores files present at start
 * and files older than its remember window, and a name starting with '_' crashes the context.
 * Hence {@code fileStream} with a name filter, {@code newFilesOnly = false} and a long remember
 * window ({@link SparkConfs#FILE_STREAM_REMEMBER}).
 *
 * <p>Side by side with {@code dev.streamcompare.flink.FileWordCount}, step for step.
 */
public final class FileWordCount {

    private FileWordCount() {}

    /** Hadoop's input formats skip these names; Spark would select them and then fail. */
    static final Function<Path, Boolean> VISIBLE_FILES =
            path -> !path.getName().startsWith("_") && !path.getName().startsWith(".");

    public static void main(String[] args) {
        FileStreamOptions options = JobCli.parseOrExit("FileWordCount", new FileStreamOptions(), args);
        JobCli.runAndExit("FileWordCount", () -> {
            JavaStreamingContext ssc = StreamingJobs.context("FileWordCount", options, false);
            addTo(ssc, options);
            StreamingJobs.runUntilStopped(ssc, "FileWordCount");
        });
    }

    /**
     * textFileStream → flatMap(split) → map(word, 1) → reduceByKey per batch → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(JavaStreamingContext ssc, FileStreamOptions options) {
        JavaDStream<String> lines = StreamingJobs.textFileStream(ssc, options); // UTF-8 lines

        WordCountSteps.countPerBatch(lines, options);
    }
}
