package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One point of the latency–throughput frontier: a streaming job on an engine and variant at one
 * batch interval, in one child JVM. The sustainable rate at that interval (the probes of its
 * search), then the end-to-end latency of a phase at {@link #SHARE} of it.
 *
 * @param intervalMs            the batch interval (the per-record variant: how often it publishes)
 * @param flinkBufferMs         Flink's network buffer timeout, when set below its default (null otherwise, and for Spark)
 * @param sustainable           the search: probes, the highest rate kept up with, where it fell behind
 * @param latencyLinesPerSecond the rate of the latency phase, or null when no rate was sustained
 * @param latency               that phase's marker latency, or {@link Latency#NONE}
 * @param latencyKeptUp         whether that phase kept up: its words out within the probes' bound, every marker found;
 *                              a point that did not is shown, but is on neither the chart nor the summary
 * @param correct               whether the run's counts were right and it failed in no other way
 * @param failure               why the run failed, or null
 */
public record FrontierPoint(@JsonUnwrapped Identity identity, long intervalMs, Integer flinkBufferMs, SustainableResult sustainable,
                            Integer latencyLinesPerSecond, Latency latency, boolean latencyKeptUp, boolean correct, String failure) {

    /** The latency phase's rate, as a share of the sustainable rate. */
    public static final double SHARE = 0.8;

    /** A latency marker every this many ms in a point's stretches: 120 in a 3 s latency stretch, enough for a p99. */
    public static final long MARKER_EVERY_MILLIS = 25;

    /** Whether the point belongs on the chart and in the summary: a correct run whose latency phase kept up, with a p99. */
    @JsonIgnore
    public boolean measured() {
        return correct && latencyKeptUp && p99Ms() != null && latencyLinesPerSecond != null;
    }

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
