package dev.streamcompare.structured;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of every job: embedded by default, the given master under spark-submit. */
final class SparkSessions {

    private SparkSessions() {}

    /**
     * A session named {@code app}. Without a master (spark-submit sets one), the job runs embedded
     * on {@code local[cores]}, or {@code local[*]} when {@code cores} is 0. Shuffles get one
     * partition per core instead of Spark's 200: a stateful query freezes this number into its
     * checkpoint at its first start, and 200 state stores on 2 cores cost more than the counting.
     */
    static SparkSession forJob(String app, int cores) {
        SparkConf conf = new SparkConf().setAppName(app);
        if (!conf.contains("spark.master")) {
            conf.setMaster(cores > 0 ? "local[" + cores + "]" : "local[*]");
        }
        int partitions = cores > 0 ? cores : Runtime.getRuntime().availableProcessors();
        conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(partitions));
        // The console progress bar would interleave with the job's own output.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // A stateless query without --checkpoint gets a temporary one: removed when it ends, also after a failure.
        conf.setIfMissing("spark.sql.streaming.forceDeleteTempCheckpointLocation", "true");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
