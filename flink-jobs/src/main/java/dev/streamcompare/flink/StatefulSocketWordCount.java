package dev.streamcompare.flink;

import dev.streamcompare.common.CheckpointIdentity;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.StatefulSocketOptions;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The seed's {@code stateful_socket_consumer.py} on Flink: a running count per word over the
 * whole stream, checkpointed in {@code --checkpoint DIR}; every batch, the full state sorted by
 * word. Started again on the same folder, it resumes from the newest checkpoint there.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.StatefulSocketWordCount}, step for step.
 */
public final class StatefulSocketWordCount {

    private StatefulSocketWordCount() {}

    public static void main(String[] args) {
        StatefulSocketOptions options = JobCli.parseOrExit("StatefulSocketWordCount", new StatefulSocketOptions(), args);
        JobCli.runAndExit("StatefulSocketWordCount", () -> {
            StateBackend backend = FlinkCheckpoints.backend(options, options.state);
            CheckpointIdentity.claim(options.checkpoint, "flink StatefulSocketWordCount " + options.describe());
            StreamExecutionEnvironment env = StreamingJobs.environment(options,
                    FlinkCheckpoints.configure(options.checkpoint, options.checkpointMillis(), backend));
            addTo(env, options);
            StreamingJobs.runUntilStopped(env, "StatefulSocketWordCount");
        });
    }

    /**
     * socketTextStream → flatMap(split) → map(word, 1) → updateStateByKey → sortByKey → print / batch files.
     * The tuned variant counts before the keyed step: {@link WordCountSteps#pairs}.
     */
    public static void addTo(StreamExecutionEnvironment env, StatefulSocketOptions options) {
        DataStream<String> lines = env
                .fromSource(new Utf8SocketSource(options.host, options.port, options.maxRetry), WatermarkStrategy.noWatermarks(), "socketTextStream", WordCountSteps.WORD)
                .setParallelism(1)
                .uid("socketTextStream")
                .assignTimestampsAndWatermarks(new IngestionTimeWatermarks<>()).name("batch clock").uid("batch clock");

        WordCountSteps.runningCount(lines, options, options.state.changes());
    }
}
