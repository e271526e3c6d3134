package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One point of the latency–throughput frontier: a streaming job on an engine and variant at one
 * batch interval, in one child JVM. The sustainable rate at that interval (the probes of its
 * search), then the end-to-end latency of a phase at {@link #SHARE} of it.
 *
 * @param intervalMs            the batch interval (the per-record variant: how often it publishes)
 * @param sustainable           the search: probes, the highest rate kept up with, where it fell behind
 * @param latencyLinesPerSecond the rate of the latency phase, or null when no rate was sustained
 * @param latency               that phase's marker latency, or {@link Latency#NONE}
 * @param correct               whether the run's counts were right and it failed in no other way
 * @param failure               why the run failed, or null
 */
public record FrontierPoint(@JsonUnwrapped Identity identity, long intervalMs, SustainableResult sustainable,
                            Integer latencyLinesPerSecond, Latency latency, boolean correct, String failure) {

    /** The latency phase's rate, as a share of the sustainable rate. */
    public static final double SHARE = 0.8;

    /** The p99 of the latency phase, or null (no phase, or under 100 markers). */
    @JsonIgnore
    public Double p99Ms() {
        return latency == null || latency.endToEndMs() == null ? null : latency.endToEndMs().p99();
    }

    /** The p50 of the latency phase, or null. */
    @JsonIgnore
    public Double p50Ms() {
        return latency == null || latency.endToEndMs() == null ? null : latency.endToEndMs().p50();
    }
}
