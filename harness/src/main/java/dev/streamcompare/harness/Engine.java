package dev.streamcompare.harness;

import java.util.List;

/** An engine under comparison: the module that holds its jobs and what its JVMs need. */
public enum Engine {
    FLINK("flink-jobs", "dev.streamcompare.flink"),
    SPARK("spark-jobs", "dev.streamcompare.spark");

    private final String module;
    private final String jobPackage;

    Engine(String module, String jobPackage) {
        this.module = module;
        this.jobPackage = jobPackage;
    }

    /** The Maven module of the engine's jobs, also the stem of its jar's name. */
    public String module() {
        return module;
    }

    /** The main class of {@code job} in this engine. */
    public String mainClass(Job job) {
        return jobPackage + "." + job.className();
    }

    /**
     * JVM options the engine needs on Java 17. Spark: the {@code --add-opens} set spark-submit
     * adds itself (spark-launcher's JavaModuleOptions). Flink's embedded runs need none.
     */
    public List<String> jvmOptions(BuildInfo build) {
        return this == SPARK ? build.sparkJavaOptions() : List.of();
    }

    @Override
    public String toString() {
        return LowerCaseEnums.name(this);
    }
}
