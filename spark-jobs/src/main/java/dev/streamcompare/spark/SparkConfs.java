package dev.streamcompare.spark;

import org.apache.spark.SparkConf;

/** The Spark configuration of every job: embedded by default, the given master under spark-submit. */
final class SparkConfs {

    private SparkConfs() {}

    /**
     * A configuration named {@code app}. Without a master (spark-submit sets one), the job runs
     * embedded on {@code local[cores]}, or {@code local[*]} when {@code cores} is 0.
     */
    static SparkConf forJob(String app, int cores) {
        SparkConf conf = new SparkConf().setAppName(app);
        if (!conf.contains("spark.master")) {
            conf.setMaster(cores > 0 ? "local[" + cores + "]" : "local[*]");
        }
        // The console progress bar would interleave with the job's own output.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return conf;
    }
}
