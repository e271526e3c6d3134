package dev.streamcompare.flink;

import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.SocketOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The seed's {@code socket_consumer.py} on Flink: the words of the lines read from a TCP text
 * server, counted per batch. Ends when the server closes the connection, after publishing every
 * batch; stops cleanly on Ctrl-C or SIGTERM.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.SocketWordCount}, step for step.
 */
public final class SocketWordCount {

    private SocketWordCount() {}

    public static void main(String[] args) {
        SocketOptions options = JobCli.parseOrExit("SocketWordCount", new SocketOptions(), args);
        JobCli.runAndExit("SocketWordCount", () -> {
            StreamExecutionEnvironment env = StreamingJobs.environment(options, new Configuration());
            addTo(env, options);
            StreamingJobs.runUntilStopped(env, "SocketWordCount");
        });
    }

    /**
     * socketTextStream → flatMap(split) → map(word, 1) → reduceByKey per batch → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(StreamExecutionEnvironment env, SocketOptions options) {
        DataStream<String> lines = env
                .fromSource(new Utf8SocketSource(options.host, options.port, options.maxRetry), WatermarkStrategy.noWatermarks(), "socketTextStream", WordCountSteps.WORD)
                .setParallelism(1)
                .assignTimestampsAndWatermarks(new IngestionTimeWatermarks<>()).name("batch clock");

        WordCountSteps.countPerBatch(lines, options);
    }
}
