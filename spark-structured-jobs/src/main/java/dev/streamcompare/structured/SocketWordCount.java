package dev.streamcompare.structured;

import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.SocketOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamWriter;

/**
 * The seed's {@code socket_consumer.py} on Structured Streaming: the words of the lines read from
 * a TCP text server, counted per micro-batch. The socket source connects once: when the server
 * closes, the query goes on with no input, and with nothing listening it fails at start. Stops
 * cleanly on Ctrl-C or SIGTERM.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.SocketWordCount}, step for step.
 */
public final class SocketWordCount {

    private SocketWordCount() {}

    public static void main(String[] args) {
        SocketOptions options = JobCli.parseOrExit("SocketWordCount", new SocketOptions(), args);
        JobCli.runAndExit("SocketWordCount", () -> {
            SparkSession spark = StreamingJobs.session("SocketWordCount", options);
            StreamingJobs.runUntilStopped(spark, () -> query(spark, options).start(), "SocketWordCount");
        });
    }

    /** readStream.socket → flatMap(split) → per micro-batch groupBy(word).count() → print / batch files. */
    public static DataStreamWriter<Row> query(SparkSession spark, SocketOptions options) {
        Dataset<String> lines = lines(spark, options);

        return WordCountSteps.countPerBatch(WordCountSteps.words(lines), options, "SocketWordCount");
    }

    /** The lines read from the server, decoded as UTF-8. */
    static Dataset<String> lines(SparkSession spark, SocketOptions options) {
        return spark.readStream()
                .format("socket")
                .option("host", options.host)
                .option("port", options.port)
                .load()
                .as(Encoders.STRING());
    }
}
