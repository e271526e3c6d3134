package dev.streamcompare.harness.report;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import java.util.List;
import java.util.Locale;

/** An engine under comparison: the module that holds its jobs and what its JVMs need. */
public enum Engine {
    FLINK("flink-jobs", "dev.streamcompare.flink", false),
    SPARK("spark-jobs", "dev.streamcompare.spark", true),
    SPARK_STRUCTURED("spark-structured-jobs", "dev.streamcompare.structured", true);

    private final String module;
    private final String jobPackage;
    private final boolean spark;

    Engine(String module, String jobPackage, boolean spark) {
        this.module = module;
        this.jobPackage = jobPackage;
        this.spark = spark;
    }

    /** The Maven module of the engine's jobs, also the stem of its jar's name. */
    public String module() {
        return module;
    }

    /** The main class of {@code job} in this engine. */
    public String mainClass(Job job) {
        return jobPackage + "." + job.className();
    }

    /** Whether the engine is Spark (DStreams or Structured Streaming): the same JVM needs. */
    public boolean isSpark() {
        return spark;
    }

    /**
     * JVM options the engine needs on Java 17. Spark: the {@code --add-opens} set spark-submit
     * adds itself (spark-launcher's JavaModuleOptions). Flink's embedded runs need none.
     */
    public List<String> jvmOptions(BuildInfo build) {
        return spark ? build.sparkJavaOptions() : List.of();
    }

    /**
     * Whether the engine's socket jobs can take the max-rate phase, a backlog of millions of lines.
     * Structured Streaming's socket source cannot: it reads every line that has arrived into one
     * micro-batch, and its partition reader walks a linked list from the head for every row, so a
     * micro-batch costs the square of its lines (2.6 M lines had not finished after 3 minutes;
     * docs/semantics.md §9). Its socket jobs get the fixed-rate phase only.
     */
    public boolean takesSocketBacklog() {
        return this != SPARK_STRUCTURED;
    }

    /**
     * Whether its socket source connects again after the server closes, and lets a stateful job
     * resume from its checkpoint. Structured Streaming's connects once, and its offsets start
     * again at 0 on a new connection (docs/semantics.md §9).
     */
    public boolean socketSourceRecovers() {
        return this != SPARK_STRUCTURED;
    }

    /**
     * Whether its stateful jobs publish their state every batch, input or not. Structured
     * Streaming runs no micro-batch without new input.
     */
    public boolean publishesWithoutInput() {
        return this != SPARK_STRUCTURED;
    }

    /**
     * The variants of the engine's streaming jobs among {@code asked}: Structured Streaming has the
     * faithful port only (its tuned settings are issue work not done: docs/performance.md).
     */
    public List<Variant> variants(List<Variant> asked) {
        return this == SPARK_STRUCTURED ? List.of(Variant.FAITHFUL) : asked;
    }

    /**
     * The slots or threads {@code job} in {@code variant} gets from this engine with {@code cores},
     * run embedded as the comparison runs it (a cluster's are its own): Flink's parallelism and its
     * MiniCluster's task slots (one per parallel instance) besides the one-instance source and sink;
     * Spark's {@code local[N]} task threads, of which a receiver holds one for the job's life (the
     * tuned socket jobs get one more for it); Structured Streaming's, and its shuffle partitions.
     * Kafka is read without a receiver, a task (Spark) or source instance (Flink) per partition.
     */
    public String slots(Job job, Variant variant, int cores) {
        boolean socket = job.readsSocket(); // a receiver (Spark), a source of one instance (Flink)
        return switch (this) {
            case FLINK -> "parallelism " + cores + ", " + cores + (cores == 1 ? " task slot" : " task slots") + (job == Job.BATCH ? ""
                    : socket ? "; source and sink 1 each" : "; sink 1");
            case SPARK -> !socket ? "local[" + cores + "]" : variant == Variant.TUNED
                    ? "local[" + (cores + 1) + "]: receiver 1, batches " + cores
                    : "local[" + cores + "]: receiver 1, batches " + (cores - 1);
            case SPARK_STRUCTURED -> "local[" + cores + "], " + cores + " shuffle partitions";
        };
    }

    /**
     * The state backends of this engine's stateful jobs ({@code --state}), its default first:
     * Flink's three, Structured Streaming's two state store providers, DStreams' one way.
     */
    public List<StateBackend> states() {
        return switch (this) {
            case FLINK -> List.of(StateBackend.HASHMAP, StateBackend.ROCKSDB, StateBackend.FORST);
            case SPARK -> List.of(StateBackend.RDD);
            case SPARK_STRUCTURED -> List.of(StateBackend.HDFS, StateBackend.ROCKSDB);
        };
    }

    /** The name on the command line and in reports: {@code flink}, {@code spark}, {@code spark-structured}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
