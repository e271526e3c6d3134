package dev.streamcompare.structured;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.StatefulSocketOptions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

/**
 * The seed's {@code stateful_socket_consumer.py} on Structured Streaming: a running count per
 * word over the whole stream, {@code groupBy(word).count()} with its state in
 * {@code --checkpoint DIR}; after every micro-batch, the full state sorted by word. It cannot be
 * resumed: the socket source cannot replay, its offsets start again at 0 on the new connection,
 * and a query started again on the same folder fails as soon as lines arrive
 * (docs/semantics.md). Start it on a new folder.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.StatefulSocketWordCount}, step for step.
 */
public final class StatefulSocketWordCount {

    private StatefulSocketWordCount() {}

    public static void main(String[] args) {
        StatefulSocketOptions options = JobCli.parseOrExit("StatefulSocketWordCount", new StatefulSocketOptions(), args);
        JobCli.runAndExit("StatefulSocketWordCount", () -> {
            SocketWordCount.requireUtf8Platform();
            StreamingJobs.stateStore(options, options.state); // a backend Spark has not is refused before the folder is claimed
            CheckpointIdentity.claim(options.checkpoint, "spark-structured StatefulSocketWordCount " + options.describe());
            SparkSession spark = StreamingJobs.session("StatefulSocketWordCount", options);
            spark.streams().addListener(new StateCommits());
            StreamingJobs.runUntilStopped(spark, () -> query(spark, options).start(), "StatefulSocketWordCount");
        });
    }

    /** readStream.socket → flatMap(split) → groupBy(word).count(), complete mode → print / batch files. */
    public static DataStreamWriter<Row> query(SparkSession spark, StatefulSocketOptions options) {
        StreamingJobs.useStateStore(spark, StreamingJobs.stateStore(options, options.state));
        return WordCountSteps.runningCount(WordCountSteps.words(SocketWordCount.lines(spark, options)), options, options.state.changes(),
                options.checkpoint, "StatefulSocketWordCount");
    }
}
