package dev.streamcompare.structured;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.StatefulFileOptions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

/**
 * A running count per word over every file of a watched folder: {@code groupBy(word).count()}
 * with its state in {@code --checkpoint DIR}; after every micro-batch, the full state sorted by
 * word. The file source logs the files each batch takes in the checkpoint too, so a job killed
 * and started again on the same folder reads each file once over both runs, and counts each
 * word once.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.StatefulFileWordCount}, step for step.
 */
public final class StatefulFileWordCount {

    private StatefulFileWordCount() {}

    public static void main(String[] args) {
        StatefulFileOptions options = JobCli.parseOrExit("StatefulFileWordCount", new StatefulFileOptions(), args);
        JobCli.runAndExit("StatefulFileWordCount", () -> {
            StreamingJobs.stateStore(options, options.state); // a backend Spark has not is refused before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "spark-structured StatefulFileWordCount " + options.describe());
            SparkSession spark = StreamingJobs.session("StatefulFileWordCount", options);
            spark.streams().addListener(new StateCommits());
            StreamingJobs.runUntilStopped(spark, () -> query(spark, options).start(), "StatefulFileWordCount");
        });
    }

    /** readStream.text → flatMap(split) → groupBy(word).count(), complete mode → print / batch files. */
    public static DataStreamWriter<Row> query(SparkSession spark, StatefulFileOptions options) {
        StreamingJobs.useStateStore(spark, StreamingJobs.stateStore(options, options.state));
        return WordCountSteps.runningCount(WordCountSteps.words(FileWordCount.lines(spark, options)), options, options.state.changes(),
                options.checkpoint, "StatefulFileWordCount");
    }
}
