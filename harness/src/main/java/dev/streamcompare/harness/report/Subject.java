package dev.streamcompare.harness.report;

import dev.streamcompare.common.StateBackend;
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
     * A job on an engine in a variant, on a state backend ({@code --state}) or null for the engine's
     * default, not asked for. What else picks a run apart becomes a component here, and a suffix of
     * {@link #engineLabel()} that {@link Subject#parse} reads back: {@code flink-tuned-rocksdb}.
     */
    record EngineJob(Job job, Engine engine, Variant variant, StateBackend state) implements Subject {

        /** On the engine's default state backend, not named. */
        public EngineJob(Job job, Engine engine, Variant variant) {
            this(job, engine, variant, null);
        }

        @Override
        public String jobLabel() {
            return job.toString();
        }

        @Override
        public String engineLabel() {
            String label = variant == Variant.FAITHFUL ? engine.toString() : engine + "-" + variant;
            return state == null ? label : label + "-" + state;
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

    /** {@code job} on {@code engine} in {@code variant}, on {@code state} (null: the engine's default). */
    static Subject of(Job job, Engine engine, Variant variant, StateBackend state) {
        return new EngineJob(job, engine, variant, state);
    }

    /** The subject that {@code job} and {@code engine} label; an {@link IllegalArgumentException} if none does. */
    static Subject parse(String job, String label) {
        if (Baseline.PLAIN_JAVA.jobLabel().equals(job) && Baseline.PLAIN_JAVA.engineLabel().equals(label)) {
            return Baseline.PLAIN_JAVA;
        }
        String engine = label;
        StateBackend state = null;
        for (StateBackend backend : StateBackend.values()) {
            if (engine != null && engine.endsWith("-" + backend)) {
                state = backend;
                engine = engine.substring(0, engine.length() - backend.toString().length() - 1);
            }
        }
        Variant variant = Variant.FAITHFUL;
        for (Variant other : Variant.values()) {
            if (other != Variant.FAITHFUL && engine != null && engine.endsWith("-" + other)) {
                variant = other;
            }
        }
        String engineName = variant == Variant.FAITHFUL ? engine : engine.substring(0, engine.length() - variant.toString().length() - 1);
        return new EngineJob(labelled(Job.values(), job, "job"), labelled(Engine.values(), engineName, "engine"), variant, state);
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
