package dev.streamcompare.spark;

import org.apache.spark.SparkConf;

/** The Spark configuration of every job: embedded by default, the given master under spark-submit. */
final class SparkConfs {

    private SparkConfs() {}

    /**
     * How far back a file's modification time may lie for the file-directory job to take it.
     * Spark's default, 60 s, silently ignores a file moved in with an older time; 100 years
     * reaches back past the epoch, so every file qualifies. Spark remembers the files it read
     * (and its batches' RDDs) for this long: memory that grows with the run (docs/semantics.md).
     */
    static final String FILE_STREAM_REMEMBER = "36500d";

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

    /**
     * The tuned variant's settings: Kryo, with the classes that cross a shuffle registered (Java
     * serialization writes class descriptors with every object) and without reference tracking
     * (words and counts hold no shared or cyclic references; tracking resets a map per record),
     * and receiver blocks of 500 ms rather than 200 ms: a 2 s batch of a receiver becomes 4 tasks,
     * not 10.
     */
    static void tune(SparkConf conf) {
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        conf.setIfMissing("spark.kryo.referenceTracking", "false");
        conf.registerKryoClasses(new Class<?>[] {String.class, Long.class, scala.Tuple2.class, scala.Tuple2[].class});
        conf.setIfMissing("spark.streaming.blockInterval", "500ms");
    }
}
