package dev.streamcompare.harness.report;

/**
 * What the max-rate phase cost, from samples of the child's process tree taken at its first byte
 * and once its words were published; each null when not measured (a cluster elsewhere).
 *
 * @param cpuSeconds   user + system CPU of the tree during the phase
 * @param peakRssBytes the highest RSS sampled during the phase
 */
public record PhaseResources(Double cpuSeconds, Long peakRssBytes) {

    private static final double MIB = 1024.0 * 1024.0;

    /** CPU-seconds per million of the phase's {@code words}, or null. */
    public Double cpuSecondsPerMillionWords(long words) {
        return cpuSeconds == null || words <= 0 ? null : cpuSeconds / (words / 1e6);
    }

    /** {@link #peakRssBytes} in MiB, or null. */
    public Double peakRssMiB() {
        return peakRssBytes == null ? null : peakRssBytes / MIB;
    }
}
