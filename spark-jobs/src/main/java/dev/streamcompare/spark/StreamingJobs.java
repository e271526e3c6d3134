package dev.streamcompare.spark;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.StreamOptions;
import java.util.concurrent.CountDownLatch;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.streaming.Durations;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/** Start and stop of the streaming jobs: what engine to use, and Ctrl-C or SIGTERM as a clean stop. */
final class StreamingJobs {

    private StreamingJobs() {}

    /** A streaming context with the job's batch interval, on spark-submit's master or local[cores]. */
    static JavaStreamingContext context(String job, StreamOptions options, boolean hasReceiver) {
        SparkConf conf = SparkConfs.forJob(job, options.cores);
        if (options.tuned()) {
            SparkConfs.tune(conf);
        }
        if (hasReceiver && conf.get("spark.master").equals("local[1]")) {
            throw new BadInputException("--cores 1: a Spark socket job needs at least 2, its receiver holds one");
        }
        return new JavaStreamingContext(conf, Durations.seconds(options.batchSeconds));
    }

    /**
     * {@code textFileStream(dir)} as both engines' file jobs read a folder: every file whose name
     * does not start with '_' or '.', present at start or moved in later, each once, whatever its
     * modification time ({@link FileWordCount} says why {@code textFileStream} itself does not).
     */
    static JavaDStream<String> textFileStream(JavaStreamingContext ssc, FileStreamOptions options) {
        return ssc.fileStream(options.inputDir.toUri().toString(), LongWritable.class, Text.class, TextInputFormat.class,
                        FileWordCount.VISIBLE_FILES, false)
                .map(offsetAndLine -> offsetAndLine._2().toString()); // Text is UTF-8
    }

    /**
     * {@code socketTextStream(host, port)}. The tuned variant keeps received blocks serialized
     * without a replica: the default, {@code MEMORY_AND_DISK_SER_2}, asks for a second copy on
     * another executor that a local or one-worker run does not have (and warns each block).
     */
    static JavaDStream<String> socketTextStream(JavaStreamingContext ssc, SocketOptions options) {
        return options.tuned()
                ? ssc.socketTextStream(options.host, options.port, StorageLevel.MEMORY_AND_DISK_SER())
                : ssc.socketTextStream(options.host, options.port);
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
