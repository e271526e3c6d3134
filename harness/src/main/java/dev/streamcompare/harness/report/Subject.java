package dev.streamcompare.harness.report;

import dev.streamcompare.common.Variant;

/**
 * What ran, typed: one of the jobs on an engine in a variant, or the baseline (the seed's plain-Java
 * consumer, no engine). Reports name it by two labels, {@link #jobLabel()} and {@link #engineLabel()}
 * ({@link Identity} writes and reads them).
 */
public sealed interface Subject permits Subject.EngineJob, Subject.Baseline {

    /** The job's label: {@code batch}, {@code socket}, {@code stateful-file}, …, or {@code consume}. */
    String jobLabel();

    /** The engine's label, the variant's suffix included: {@code flink}, {@code flink-tuned}, {@code plain-java}. */
    String engineLabel();

    /** Whether this is a streaming job on an engine: it publishes batches (not the batch job, not the baseline). */
    default boolean streaming() {
        return this instanceof EngineJob run && run.job() != Job.BATCH;
    }

    /** Whether this is the tuned variant of a job on an engine. */
    default boolean tuned() {
        return this instanceof EngineJob run && run.variant() == Variant.TUNED;
    }

    /**
     * A job on an engine in a variant. What else picks a run apart (a state backend, say) becomes a
     * component here, and a suffix of {@link #engineLabel()} that {@link Subject#parse} reads back.
     */
    record EngineJob(Job job, Engine engine, Variant variant) implements Subject {

        static final String TUNED_SUFFIX = "-tuned";
        static final String PER_RECORD_SUFFIX = "-per-record";

        @Override
        public String jobLabel() {
            return job.toString();
        }

        @Override
        public String engineLabel() {
            return switch (variant) {
                case TUNED -> engine + TUNED_SUFFIX;
                case PER_RECORD -> engine + PER_RECORD_SUFFIX;
                case FAITHFUL -> engine.toString();
            };
        }
    }

    /** The seed's plain consumer of the socket input, no engine: what every engine is measured beside. */
    enum Baseline implements Subject {
        PLAIN_JAVA;

        @Override
        public String jobLabel() {
            return "consume";
        }

        @Override
        public String engineLabel() {
            return "plain-java";
        }
    }

    /** {@code job} on {@code engine}, as the seed wrote it. */
    static Subject of(Job job, Engine engine) {
        return new EngineJob(job, engine, Variant.FAITHFUL);
    }

    static Subject of(Job job, Engine engine, Variant variant) {
        return new EngineJob(job, engine, variant);
    }

    /** The subject that {@code job} and {@code engine} label; an {@link IllegalArgumentException} if none does. */
    static Subject parse(String job, String engine) {
        if (Baseline.PLAIN_JAVA.jobLabel().equals(job) && Baseline.PLAIN_JAVA.engineLabel().equals(engine)) {
            return Baseline.PLAIN_JAVA;
        }
        Variant variant = engine == null ? Variant.FAITHFUL : engine.endsWith(EngineJob.TUNED_SUFFIX) ? Variant.TUNED
                : engine.endsWith(EngineJob.PER_RECORD_SUFFIX) ? Variant.PER_RECORD : Variant.FAITHFUL;
        String suffix = switch (variant) {
            case TUNED -> EngineJob.TUNED_SUFFIX;
            case PER_RECORD -> EngineJob.PER_RECORD_SUFFIX;
            case FAITHFUL -> "";
        };
        String engineName = engine == null ? null : engine.substring(0, engine.length() - suffix.length());
        return new EngineJob(labelled(Job.values(), job, "job"), labelled(Engine.values(), engineName, "engine"), variant);
    }

    private static <T> T labelled(T[] values, String label, String what) {
        for (T value : values) {
            if (value.toString().equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("no " + what + " is labelled '" + label + "'");
    }
}
