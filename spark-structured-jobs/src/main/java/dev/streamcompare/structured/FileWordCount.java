package dev.streamcompare.structured;

import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.JobCli;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

/**
 * The seed's {@code file_consumer.py} on Structured Streaming: the words of every file in a
 * watched folder, counted per micro-batch. Takes the same files as the other engines' jobs:
 * those present at start and those moved in later, each once, whatever their modification time;
 * the text source skips names that start with '_' or '.' by itself. Runs until stopped with
 * Ctrl-C or SIGTERM.
 *
 * <p>The text source ignores a file more than {@code maxFileAge} (7 days) older than the newest
 * it has seen, except in its first batch; here {@link #MAX_FILE_AGE} reaches back past the epoch.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.FileWordCount}, step for step.
 */
public final class FileWordCount {

    /** The text source's {@code maxFileAge}: 100 years, so every modification time qualifies. */
    static final String MAX_FILE_AGE = "36500d";

    private FileWordCount() {}

    public static void main(String[] args) {
        FileStreamOptions options = JobCli.parseOrExit("FileWordCount", new FileStreamOptions(), args);
        JobCli.runAndExit("FileWordCount", () -> {
            SparkSession spark = StreamingJobs.session("FileWordCount", options);
            StreamingJobs.runUntilStopped(spark, () -> query(spark, options).start(), "FileWordCount");
        });
    }

    /** readStream.text → flatMap(split) → per micro-batch groupBy(word).count() → print / batch files. */
    public static DataStreamWriter<Row> query(SparkSession spark, FileStreamOptions options) {
        Dataset<String> lines = lines(spark, options);

        return WordCountSteps.countPerBatch(WordCountSteps.words(lines), options, "FileWordCount");
    }

    /** The lines of every file of the watched folder, each file once. */
    static Dataset<String> lines(SparkSession spark, FileStreamOptions options) {
        return spark.readStream()
                .format("text") // UTF-8 lines
                .option("maxFileAge", MAX_FILE_AGE)
                .load(options.inputDir.toAbsolutePath().toUri().toString())
                .as(Encoders.STRING());
    }
}
