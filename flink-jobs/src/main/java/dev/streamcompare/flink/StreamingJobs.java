package dev.streamcompare.flink;

import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.StreamOptions;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Duration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Start and stop of the streaming jobs: what engine to use, and Ctrl-C or SIGTERM as a clean stop. */
final class StreamingJobs {

    private StreamingJobs() {}

    /** The environment of a streaming job: the cluster's under {@code flink run}, else a local MiniCluster. */
    static StreamExecutionEnvironment environment(StreamOptions options, Configuration configuration) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration);
        if (options.cores > 0) {
            env.setParallelism(options.cores);
        }
        if (options.tuned()) {
            // Records are handed on to chained operators without a defensive copy; no step keeps one.
            env.getConfig().enableObjectReuse();
        }
        return env;
    }

    /**
     * {@code textFileStream(dir)}: the lines (UTF-8) of every file in the watched folder, present
     * at start or moved in later, each read once; checked for new files every batch interval.
     * Lines carry ingestion-time timestamps ({@link IngestionTimeWatermarks}).
     */
    static DataStream<String> textFileStream(StreamExecutionEnvironment env, FileStreamOptions options) {
        FileSource<String> files = FileSource
                .forRecordStreamFormat(new TextLineInputFormat(), new Path(options.inputDir.toUri()))
                .monitorContinuously(Duration.ofSeconds(options.batchSeconds))
                .build();
        return env.fromSource(files, new IngestionTimeWatermarks<>(), "textFileStream").uid("textFileStream");
    }

    /**
     * Runs the job until its input ends or a stop is asked for. A stop cancels the job: a batch
     * not yet published is dropped (docs/semantics.md). Returns normally in both cases.
     */
    static void runUntilStopped(StreamExecutionEnvironment env, String job) throws Exception {
        // Handled from the start: submitting (and restoring a checkpoint) can take a while.
        CompletableFuture<JobClient> submitted = new CompletableFuture<>();
        AtomicBoolean stopped = new AtomicBoolean();
        StopSignals.onStop(job, () -> {
            stopped.set(true);
            try {
                submitted.join().cancel().join();
            } catch (RuntimeException alreadyOver) {
                System.err.println(job + ": the job had already ended");
            }
        });
        JobClient client = env.executeAsync(job);
        submitted.complete(client);
        try {
            client.getJobExecutionResult().get();
        } catch (ExecutionException | CancellationException e) {
            if (!stopped.get()) {
                throw e;
            }
        }
    }
}
