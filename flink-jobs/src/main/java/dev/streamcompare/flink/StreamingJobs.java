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

    /** How often the tuned file jobs list the watched folder. */
    static final Duration TUNED_DISCOVERY = Duration.ofMillis(250);

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
     * Lines carry ingestion-time timestamps ({@link IngestionTimeWatermarks}). The tuned variant
     * lists the folder every {@link #TUNED_DISCOVERY} instead: a file moved in just after a listing
     * waits up to that long rather than a whole batch interval, and still counts in the batch of
     * the time it is read, as Spark's files count in the batch that finds them.
     */
    static DataStream<String> textFileStream(StreamExecutionEnvironment env, FileStreamOptions options) {
        Duration discovery = Duration.ofSeconds(options.batchSeconds);
        if (options.tuned() && TUNED_DISCOVERY.compareTo(discovery) < 0) {
            discovery = TUNED_DISCOVERY;
        }
        FileSource<String> files = FileSource
                .forRecordStreamFormat(new TextLineInputFormat(), new Path(options.inputDir.toUri()))
                .monitorContinuously(discovery)
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
