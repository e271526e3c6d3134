package dev.streamcompare.flink;

import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.KafkaTopics;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.StreamOptions;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.AbstractDeserializationSchema;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Start and stop of the streaming jobs: what engine to use, and Ctrl-C or SIGTERM as a clean stop. */
final class StreamingJobs {

    private StreamingJobs() {}

    /** How often the tuned file jobs list the watched folder. */
    static final Duration TUNED_DISCOVERY = Duration.ofMillis(250);

    /** Flink's default periodic watermark interval, kept for batches of twice that or more. */
    static final long DEFAULT_WATERMARK_MILLIS = 200;

    /**
     * The environment of a streaming job: the cluster's under {@code flink run}, else a local MiniCluster.
     * The periodic watermark closes a batch: it comes every 200 ms (Flink's default), or every half
     * batch for batches under 400 ms, so that a batch is published within half an interval of its
     * end. The per-record variant publishes on each watermark, so it comes every batch interval.
     * {@code --buffer-ms} sets the network buffer timeout (Flink's default: 100 ms).
     */
    static StreamExecutionEnvironment environment(StreamOptions options, Configuration configuration) {
        options.refuseStructuredOnly("Flink");
        configuration.set(PipelineOptions.AUTO_WATERMARK_INTERVAL, Duration.ofMillis(watermarkMillis(options)));
        if (options.bufferMs != null) {
            configuration.set(ExecutionOptions.BUFFER_TIMEOUT, Duration.ofMillis(options.bufferMs));
        }
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

    /** The periodic watermark interval of {@code options}' job. */
    static long watermarkMillis(StreamOptions options) {
        return options.perRecord() ? options.batchMillis() : Math.max(1, Math.min(DEFAULT_WATERMARK_MILLIS, options.batchMillis() / 2));
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
        Duration discovery = Duration.ofMillis(options.batchMillis());
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
     * The lines of a Kafka topic, a record's value each, stamped with the record's Kafka timestamp:
     * a batch is an event-time window of those, so that a record replayed after a restore lands in
     * the batch it was in before. A fresh start reads from the topic's earliest offsets, a restore
     * from its checkpoint's (committed to {@code --group} too, on each checkpoint, for monitoring).
     *
     * <p>The watermark of each partition is its newest timestamp less 1 ms: Kafka keeps a
     * partition's records in order, and a producer that stamps them in order (as the harness's does)
     * never sends one behind it. A batch fires once every partition has a record past its end, so
     * the last batch of a topic that has stopped growing waits for the next record; the harness
     * sends an empty one to each partition every 200 ms while it has no lines to send. The source
     * has a reader per partition at most: one without a partition would hold every batch back. No idleness
     * timeout: a partition that went quiet and came back could bring records behind the watermark,
     * which a window would drop ({@link WordCountSteps#countPerBatch} fails the job on one instead).
     */
    static DataStream<String> kafkaLines(StreamExecutionEnvironment env, KafkaOptions options) {
        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers(options.bootstrap)
                .setTopics(options.topic)
                .setGroupId(options.group)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new Utf8Lines())
                .build();
        DataStreamSource<String> lines = env.fromSource(source, WatermarkStrategy.<String>forMonotonousTimestamps(), "kafka");
        // A reader without a partition sends no watermark and never goes idle by itself, so that no
        // batch would ever fire (the connector's documented limit): no more readers than partitions.
        int partitions = KafkaTopics.requirePartitions(options.bootstrap, options.topic,
                Duration.ofSeconds(KafkaOptions.CONNECT_TIMEOUT_SECONDS));
        if (env.getParallelism() > partitions) {
            lines.setParallelism(partitions);
        }
        return lines.uid("kafka");
    }

    /**
     * A record's value as a line: UTF-8, a malformed sequence as U+FFFD (as every source here
     * decodes), a record without a value (a tombstone) as an empty line.
     */
    static final class Utf8Lines extends AbstractDeserializationSchema<String> {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(byte[] value) {
            return value == null ? "" : new String(value, StandardCharsets.UTF_8);
        }
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
