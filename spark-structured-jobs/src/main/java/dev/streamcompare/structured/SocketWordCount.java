package dev.streamcompare.structured;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.SocketOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * <p>The socket source decodes with the platform charset ({@code file.encoding}), where the
 * contract says UTF-8: the socket jobs refuse to start on another one (docs/semantics.md).
 *
 * <p>Side by side with {@code dev.streamcompare.spark.SocketWordCount}, step for step.
 */
public final class SocketWordCount {

    private SocketWordCount() {}

    public static void main(String[] args) {
        SocketOptions options = JobCli.parseOrExit("SocketWordCount", new SocketOptions(), args);
        JobCli.runAndExit("SocketWordCount", () -> {
            requireUtf8Platform();
            SparkSession spark = StreamingJobs.session("SocketWordCount", options);
            StreamingJobs.runUntilStopped(spark, () -> query(spark, options).start(), "SocketWordCount");
        });
    }

    /** readStream.socket → flatMap(split) → per micro-batch groupBy(word).count() → print / batch files. */
    public static DataStreamWriter<Row> query(SparkSession spark, SocketOptions options) {
        Dataset<String> lines = lines(spark, options);

        return WordCountSteps.countPerBatch(WordCountSteps.words(lines), options, "SocketWordCount");
    }

    /** The lines read from the server, decoded as UTF-8 (the platform charset, checked). */
    static Dataset<String> lines(SparkSession spark, SocketOptions options) {
        requireUtf8Platform();
        return spark.readStream()
                .format("socket")
                .option("host", options.host)
                .option("port", options.port)
                .load()
                .as(Encoders.STRING());
    }

    /**
     * Refuses a platform charset other than UTF-8, which the socket source would decode the
     * lines with: every non-ASCII word would come out wrong, silently. Java 18 and later default
     * to UTF-8; on 17, {@code -Dfile.encoding=UTF-8}.
     */
    static void requireUtf8Platform() {
        Charset platform = Charset.defaultCharset();
        if (!platform.equals(StandardCharsets.UTF_8)) {
            throw new BadInputException("the socket source decodes with the platform charset, here " + platform
                    + ", not UTF-8: start the JVM with -Dfile.encoding=UTF-8");
        }
    }
}
