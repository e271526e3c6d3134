package dev.streamcompare.spark;

import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.SocketOptions;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/**
 * The seed's {@code socket_consumer.py} on Spark Streaming: the words of the lines read from a
 * TCP text server, counted per batch. When the server closes, the receiver reconnects every 2 s
 * (Spark's behaviour); stops cleanly on Ctrl-C or SIGTERM.
 *
 * <p>Side by side with {@code dev.streamcompare.flink.SocketWordCount}, step for step.
 */
public final class SocketWordCount {

    private SocketWordCount() {}

    public static void main(String[] args) {
        SocketOptions options = JobCli.parseOrExit("SocketWordCount", new SocketOptions(), args);
        JobCli.runAndExit("SocketWordCount", () -> {
            JavaStreamingContext ssc = StreamingJobs.context("SocketWordCount", options, true);
            addTo(ssc, options);
            StreamingJobs.runUntilStopped(ssc, "SocketWordCount");
        });
    }

    /**
     * socketTextStream → flatMap(split) → map(word, 1) → reduceByKey per batch → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(JavaStreamingContext ssc, SocketOptions options) {
        JavaDStream<String> lines = StreamingJobs.socketTextStream(ssc, options); // UTF-8 lines

        WordCountSteps.countPerBatch(lines, options);
    }
}
