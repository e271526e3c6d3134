package dev.streamcompare.structured;

import dev.streamcompare.common.StreamOptions;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;

/** The Structured Streaming part of what the streaming job tests share: sessions on local[2]; the rest is in testkit's {@code Fixtures}. */
final class StreamingJobTestSupport {

    private StreamingJobTestSupport() {}

    /** A session as the jobs make it, on local[2]. */
    static SparkSession session(StreamOptions options) {
        options.cores = 2;
        return StreamingJobs.session("test", options);
    }

    static void stop(StreamingQuery query, SparkSession spark) throws TimeoutException {
        try {
            query.stop();
        } finally {
            spark.stop();
        }
    }
}
