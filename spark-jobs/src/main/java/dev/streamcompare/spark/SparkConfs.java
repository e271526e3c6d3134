package dev.streamcompare.spark;

import org.apache.spark.SparkConf;

/** The Spark configuration of every job: embedded by default, the given master under spark-submit. */
final class SparkConfs {

    private SparkConfs() {}

    /**
     * How far back a file's modification time may lie for the file-directory job to take it
     * (Spark's default, 60 s, silently ignores a file moved in with an older time). Spark keeps
     * the names of the files it read for this long: memory that grows with the files read.
     */
    static final String FILE_STREAM_REMEMBER = "3650d";

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
        conf.setIfMissing("spark.streaming.fileStream.minRememberDuration", FILE_STREAM_REMEMBER);
        return conf;
    }
}
