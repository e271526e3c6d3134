package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A run's throughput. Streaming jobs: words of the max-rate phase / (last needed batch published −
 * first byte offered); the batch job: words / its JVM's life; the baseline: words / (its end of
 * stream − first byte).
 *
 * @param wordsPerSecond the figure, or null (no max-rate phase, or a failed run)
 * @param maxRatePhase   what it is computed from, or null
 */
public record Throughput(@JsonProperty("throughputWordsPerSecond") Double wordsPerSecond, RunResult.Phase maxRatePhase) {

    /** No throughput: the run had no max-rate phase, or never reached it. */
    public static final Throughput NONE = new Throughput(null, null);
}
