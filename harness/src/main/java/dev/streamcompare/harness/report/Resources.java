package dev.streamcompare.harness.report;

/**
 * What a child JVM cost, measured from outside; each null when not measured.
 *
 * @param startupMs    child JVM spawned → job ready (source connected, or first batch)
 * @param cpuSeconds   user + system CPU of the child's whole process tree (on a local cluster, plus the cluster's
 *                     processes during the run); null on a cluster elsewhere
 * @param peakRssBytes peak of the sampled RSS sum over the tree (and the local cluster's)
 */
public record Resources(Long startupMs, Double cpuSeconds, Long peakRssBytes) {

    /** Nothing measured. */
    public static final Resources NONE = new Resources(null, null, null);

    private static final double MIB = 1024.0 * 1024.0;

    /** {@link #peakRssBytes} in MiB, or null. */
    public Double peakRssMiB() {
        return peakRssBytes == null ? null : peakRssBytes / MIB;
    }
}
