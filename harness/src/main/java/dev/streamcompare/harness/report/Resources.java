package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a child JVM cost, measured from outside; each null when not measured.
 *
 * @param startupMs    child JVM spawned → job ready (source connected, or first batch)
 * @param cpuSeconds   user + system CPU of the child's whole process tree (on a local cluster, plus the cluster's
 *                     processes during the run); null on a cluster elsewhere
 * @param peakRssBytes peak of the sampled RSS sum over the tree (and the local cluster's)
 * @param state        a stateful job's checkpoint size and durations, or null for the other runs
 */
public record Resources(Long startupMs, Double cpuSeconds, Long peakRssBytes,
                        @JsonInclude(JsonInclude.Include.NON_NULL) StateCost state) {

    /** Nothing measured. */
    public static final Resources NONE = new Resources(null, null, null);

    /** A run without state to measure. */
    public Resources(Long startupMs, Double cpuSeconds, Long peakRssBytes) {
        this(startupMs, cpuSeconds, peakRssBytes, null);
    }

    private static final double MIB = 1024.0 * 1024.0;

    /** {@link #peakRssBytes} in MiB, or null. */
    public Double peakRssMiB() {
        return peakRssBytes == null ? null : peakRssBytes / MIB;
    }
}
