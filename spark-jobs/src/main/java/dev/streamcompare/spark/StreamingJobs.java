package dev.streamcompare.spark;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.StateOption;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.StreamOptions;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.streaming.Durations;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaInputDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import org.apache.spark.streaming.kafka010.ConsumerStrategies;
import org.apache.spark.streaming.kafka010.KafkaUtils;
import org.apache.spark.streaming.kafka010.LocationStrategies;

/** Start and stop of the streaming jobs: what engine to use, and Ctrl-C or SIGTERM as a clean stop. */
final class StreamingJobs {

    private StreamingJobs() {}

    /** The receiver's default block interval, spark.streaming.blockInterval. */
    static final long DEFAULT_BLOCK_MILLIS = 200;
    /** The least block interval Spark's tuning guide advises. */
    static final long MIN_BLOCK_MILLIS = 50;
    /** The least batch interval the DStreams jobs accept: two blocks of the least advised interval. */
    static final long MIN_BATCH_MILLIS = 2 * MIN_BLOCK_MILLIS;

    /**
     * The state of a stateful job: DStreams has one way, {@code rdd} — {@code updateStateByKey}'s
     * state is an RDD of the counts, cached in memory and written whole to the checkpoint folder
     * every few batches — so {@code --state} takes that one alone and refuses the others in one line.
     */
    static StateBackend state(StreamOptions options, StateOption option) {
        options.refuseFlinkOnly("Spark DStreams");
        options.refuseStructuredOnly("Spark DStreams");
        return option.require("Spark DStreams", StateBackend.RDD);
    }

    /**
     * A streaming context with the job's batch interval, on spark-submit's master or local[cores].
     * Embedded, the tuned variant of a job with a receiver gets one slot more, local[cores + 1]:
     * the receiver holds a slot for as long as the job runs, and would otherwise leave the batches
     * one core of two. Flink's source thread, likewise, runs beside its parallelism, not in it.
     */
    static JavaStreamingContext context(String job, StreamOptions options, boolean hasReceiver) {
        options.refuseFlinkOnly("Spark DStreams");
        options.refuseStructuredOnly("Spark DStreams");
        options.requireBatchMillisAtLeast(MIN_BATCH_MILLIS, "a receiver cuts its input into blocks of half a batch at least "
                + MIN_BLOCK_MILLIS + " ms (Spark's advice for spark.streaming.blockInterval), and a batch takes whole blocks");
        int slots = options.tuned() && hasReceiver && options.cores > 0 ? options.cores + 1 : options.cores;
        SparkConf conf = SparkConfs.forJob(job, slots);
        if (options.tuned()) {
            SparkConfs.tune(conf);
        }
        if (options.batchMillis() < 2 * conf.getTimeAsMs("spark.streaming.blockInterval", DEFAULT_BLOCK_MILLIS + "ms")) {
            // Blocks of 200 ms (the default; the tuned variant's 500) in batches under two blocks: some batches
            // get none, and a line waits for its block to close. Half a batch, as blocks go into the batch they close in.
            conf.set("spark.streaming.blockInterval", options.batchMillis() / 2 + "ms");
        }
        if (hasReceiver && conf.get("spark.master").equals("local[1]")) {
            throw new BadInputException("--cores 1: a Spark socket job needs at least 2, its receiver holds one");
        }
        return new JavaStreamingContext(conf, Durations.milliseconds(options.batchMillis()));
    }

    /**
     * {@code textFileStream(dir)} as both engines' file jobs read a folder: every file whose name
     * does not start with '_' or '.', present at start or moved in later, each once, whatever its
     * modification time ({@link FileWordCount} says why {@code textFileStream} itself does not).
     */
    static JavaDStream<String> textFileStream(JavaStreamingContext ssc, FileStreamOptions options) {
        JavaDStream<String> lines = ssc.fileStream(options.inputDir.toUri().toString(), LongWritable.class, Text.class,
                        TextInputFormat.class, FileWordCount.VISIBLE_FILES, false)
                .map(offsetAndLine -> offsetAndLine._2().toString()); // Text is UTF-8
        if (!options.tuned()) {
            return lines;
        }
        // A batch is a union of one partition per file (or per block of a big file): 80 files are
        // 80 tasks, each combining and shuffling every distinct word of its file. Coalesced (no
        // shuffle) to one partition per slot, each task reads its share of the files in turn and
        // shuffles each distinct word once.
        int slots = ssc.sparkContext().defaultParallelism();
        return lines.transform(batch -> batch.getNumPartitions() > slots ? batch.coalesce(slots) : batch);
    }

    /**
     * {@code socketTextStream(host, port)}. The tuned variant keeps received blocks as objects,
     * spilling to disk if memory runs short, without a replica: the default,
     * {@code MEMORY_AND_DISK_SER_2}, serializes every line on receipt and deserializes it in the
     * batch (a fifth of the tasks' time in the profile), and asks for a second copy on another
     * executor that a local or one-worker run does not have (and warns each block).
     */
    static JavaDStream<String> socketTextStream(JavaStreamingContext ssc, SocketOptions options) {
        return options.tuned()
                ? ssc.socketTextStream(options.host, options.port, StorageLevel.MEMORY_AND_DISK())
                : ssc.socketTextStream(options.host, options.port);
    }

    /**
     * {@code KafkaUtils.createDirectStream}: each batch reads, per partition, the offsets the topic
     * grew by up to the batch time, one task per partition, no receiver. A fresh start reads from
     * the earliest offsets; a context revived from its checkpoint, from the offset ranges kept
     * there, nothing committed to the group (the checkpoint alone says what was read). A record's
     * value is a line: UTF-8, a malformed sequence as U+FFFD (as every source here decodes), a
     * record without a value (a tombstone) an empty line.
     */
    static JavaDStream<String> kafkaLines(JavaStreamingContext ssc, KafkaOptions options) {
        Map<String, Object> consumer = new HashMap<>();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrap);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, options.group);
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        JavaInputDStream<ConsumerRecord<byte[], byte[]>> records = KafkaUtils.createDirectStream(ssc,
                LocationStrategies.PreferConsistent(), ConsumerStrategies.<byte[], byte[]>Subscribe(List.of(options.topic), consumer));
        return records.map(record -> record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
    }

    /**
     * Runs the started context until a stop is asked for, then stops it gracefully: data already
     * received is processed and published before the context ends (docs/semantics.md).
     */
    static void runUntilStopped(JavaStreamingContext ssc, String job) throws InterruptedException {
        // Handled from the start: a context revived from a checkpoint can take a while to start.
        CountDownLatch started = new CountDownLatch(1);
        StopSignals.onStop(job, () -> {
            awaitQuietly(started);
            ssc.stop(true, true);
        });
        ssc.start();
        started.countDown();
        ssc.awaitTermination();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
