package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;

/**
 * What a result is of, as report.json names it: {@code "job"} and {@code "engine"}, the labels of
 * its {@link Subject}. Results hold it unwrapped, so that the two labels sit among their own fields.
 */
public record Identity(@JsonIgnore Subject subject) {

    /** The baseline: {@code consume} on {@code plain-java}. */
    public static final Identity BASELINE = new Identity(Subject.Baseline.PLAIN_JAVA);

    public static Identity of(Job job, Engine engine) {
        return new Identity(Subject.of(job, engine));
    }

    public static Identity of(Job job, Engine engine, Variant variant) {
        return new Identity(Subject.of(job, engine, variant));
    }

    /** On {@code state}; null: the engine's default, not named in the label. */
    public static Identity of(Job job, Engine engine, Variant variant, StateBackend state) {
        return new Identity(Subject.of(job, engine, variant, state));
    }

    /** The identity that {@code job} and {@code engine} label, as report.json holds them. */
    @JsonCreator
    public static Identity parse(@JsonProperty("job") String job, @JsonProperty("engine") String engine) {
        return new Identity(Subject.parse(job, engine));
    }

    @JsonProperty("job")
    public String job() {
        return subject.jobLabel();
    }

    @JsonProperty("engine")
    public String engine() {
        return subject.engineLabel();
    }
}
