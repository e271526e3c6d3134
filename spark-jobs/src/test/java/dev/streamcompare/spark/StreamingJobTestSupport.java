package dev.streamcompare.spark;

import dev.streamcompare.common.StreamOptions;
import org.apache.spark.streaming.api.java.JavaStreamingContext;

/** The Spark Streaming part of what the streaming job tests share: contexts on local[2]; the rest is in testkit's {@code Fixtures}. */
final class StreamingJobTestSupport {

    private StreamingJobTestSupport() {}

    /** A context as the jobs make it, on local[2] (a socket receiver holds one core). */
    static JavaStreamingContext context(StreamOptions options) {
        options.cores = 2;
        return StreamingJobs.context("test", options, true);
    }

    static void stop(JavaStreamingContext ssc) {
        ssc.stop(true, false);
    }
}
