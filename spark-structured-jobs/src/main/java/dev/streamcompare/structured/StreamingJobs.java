package dev.streamcompare.structured;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.StateOption;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.StreamOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.streaming.state.HDFSBackedStateStoreProvider;
import org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider;
import org.apache.spark.sql.streaming.DataStreamWriter;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;

/** Start and stop of the streaming queries: the trigger, the writer, and Ctrl-C or SIGTERM as a clean stop. */
final class StreamingJobs {

    /** How long a stop waits for the data already received to be processed and published. */
    static final Duration DRAIN_BOUND = Duration.ofSeconds(10);

    private StreamingJobs() {}

    /** A session with the job's cores, on spark-submit's master or local[cores]. */
    static SparkSession session(String job, StreamOptions options) {
        options.refuseFlinkOnly("Structured Streaming");
        SparkSession spark = SparkSessions.forJob(job, options.cores);
        // Streaming queries run without adaptive execution anyway; set here, Spark need not say so at every start.
        spark.conf().set("spark.sql.adaptive.enabled", "false");
        return spark;
    }

    /**
     * The state store a stateful query asked for with {@code --state}, or Spark's default; refused in
     * one line if not Spark's. The {@code transformWithState} variant needs RocksDB: its default, and its one.
     */
    static StateBackend stateStore(StreamOptions options, StateOption option) {
        options.refuseFlinkOnly("Structured Streaming");
        return options.transformWithState() ? option.require("transformWithState", StateBackend.ROCKSDB)
                : option.require("Structured Streaming", StateBackend.HDFS, StateBackend.ROCKSDB);
    }

    /**
     * Runs the session's stateful queries on {@code backend}: {@code hdfs}, Spark's default
     * (HDFSBackedStateStoreProvider: maps on the heap, a delta file per micro-batch and partition,
     * a snapshot now and then), or {@code rocksdb} (RocksDBStateStoreProvider: RocksDB on local
     * disk, with changelog checkpointing, so that a micro-batch uploads the changes it made rather
     * than new SST files). Spark keeps the provider in the checkpoint's offset log: a query started
     * again runs on the one it began with (and the job's identity refuses another).
     */
    static void useStateStore(SparkSession spark, StateBackend backend) {
        Class<?> provider = backend == StateBackend.ROCKSDB ? RocksDBStateStoreProvider.class : HDFSBackedStateStoreProvider.class;
        spark.conf().set("spark.sql.streaming.stateStore.providerClass", provider.getName());
        spark.conf().set("spark.sql.streaming.stateStore.rocksdb.changelogCheckpointing.enabled",
                Boolean.toString(backend == StateBackend.ROCKSDB));
    }

    /**
     * The writer of a query named {@code name}: a micro-batch every batch interval. Any interval is
     * accepted (down to the jobs' least, 10 ms); a micro-batch that takes longer than its interval
     * starts the next one at once, so below a micro-batch's own planning and commit time the
     * interval is not kept (docs/performance.md, "Latency against throughput").
     */
    static DataStreamWriter<Row> writer(Dataset<Row> rows, OutputMode mode, StreamOptions options, String name) {
        return rows.writeStream()
                .queryName(name)
                .outputMode(mode)
                .trigger(Trigger.ProcessingTime(options.batchMillis(), TimeUnit.MILLISECONDS));
    }

    /** What starts the query; it may throw (a socket source with nothing listening). */
    @FunctionalInterface
    interface QueryStart {
        StreamingQuery start() throws Exception;
    }

    /**
     * Starts the query and runs it until a stop is asked for, then stops it after the data
     * already received is processed and published (within {@link #DRAIN_BOUND}); a failure of
     * the query is thrown.
     */
    static void runUntilStopped(SparkSession spark, QueryStart start, String job) throws Exception {
        // Handled from the start: the first micro-batch comes many seconds after the JVM starts.
        CompletableFuture<StreamingQuery> started = new CompletableFuture<>();
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        StopSignals.onStop(job, () -> {
            try {
                stopAfterDraining(started.get(), DRAIN_BOUND);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the start failed: the main thread reports it
            } finally {
                stopped.complete(null);
            }
        });
        try {
            StreamingQuery query = start.start();
            started.complete(query);
            query.awaitTermination();
            // Ended by a stop: stop() still cancels the query's jobs after awaitTermination returns.
            stopped.get(DRAIN_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            started.completeExceptionally(e);
            throw e;
        } finally {
            spark.stop();
        }
    }

    /**
     * Processes what the source has received so far, at most for {@code bound}, then stops the
     * query. Structured Streaming has no graceful stop of its own: {@code stop()} alone abandons
     * the running micro-batch.
     */
    static void stopAfterDraining(StreamingQuery query, Duration bound) throws InterruptedException {
        CompletableFuture<Void> drained = CompletableFuture.runAsync(query::processAllAvailable);
        try {
            drained.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // a failed query ends by itself; one still busy is stopped as it is
        }
        try {
            query.stop();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the query did not stop: " + e.getMessage(), e);
        }
    }
}
