package dev.streamcompare.harness.report;

/**
 * One measurement of the reference rate ({@code run/ReferenceRate}): the reference counter, one
 * thread, over the comparison's input in memory, third pass, in a child JVM of its own.
 *
 * @param when           where it fell in the comparison: {@code before the first run}, {@code after socket, round 2}
 * @param atUtc          when its timed pass ended
 * @param wordsPerSecond the rate, or null if the measurement failed (its log says why)
 * @param loadAverage    the machine's 1-minute load average at that time ({@code /proc/loadavg}), or null
 * @param seconds        how long the measurement took, child JVM included: its cost in the comparison's time
 * @param log            the child's log, relative to the report folder
 */
public record ReferenceMeasurement(String when, String atUtc, Double wordsPerSecond, Double loadAverage, double seconds,
                                   String log) {

    /** Whether it gave a rate. */
    public boolean measured() {
        return wordsPerSecond != null;
    }
}
