package dev.streamcompare.harness.run;

/**
 * The fixed-rate phase: {@code linesPerSecond} for {@code seconds}, with a numbered marker word
 * scheduled every {@code markerEveryMillis} (latency runs from a marker's time on the schedule).
 */
public record FixedRate(int linesPerSecond, int seconds, long markerEveryMillis) {

    /** Lines the phase sends, markers not included. */
    public int lines() {
        return linesPerSecond * seconds;
    }
}
