package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A run's throughput. Streaming jobs: the words the job processed per second in its max-rate phase,
 * by {@link Method#STEADY_SLOPE} where the phase spans enough batches, else words / (completing batch
 * published − first byte offered), with the bound of its error from the batch grid and the publish
 * times; the batch job: words / its JVM's life; the baseline: words / (its end of stream − first byte).
 *
 * @param wordsPerSecond the figure, or null (no max-rate phase, or a failed run)
 * @param errorPercent   the bound of its error, % of the figure, from the batch grid and the publish times
 *                       (streaming jobs only; null in reports from before it was measured)
 * @param method         how a streaming job's figure was taken, or null
 * @param maxRatePhase   what it is computed from, or null
 */
public record Throughput(@JsonProperty("throughputWordsPerSecond") Double wordsPerSecond,
                         @JsonProperty("throughputErrorPercent") @JsonInclude(JsonInclude.Include.NON_NULL) Double errorPercent,
                         @JsonProperty("throughputMethod") @JsonInclude(JsonInclude.Include.NON_NULL) Method method,
                         RunResult.Phase maxRatePhase) {

    /** The largest error a streaming figure may have and still be quoted without a mark: the 5 %. */
    public static final double ERROR_TARGET_PERCENT = 5.0;

    /** No throughput: the run had no max-rate phase, or never reached it. */
    public static final Throughput NONE = new Throughput(null, null);

    /** How a streaming job's max-rate figure was taken. */
    public enum Method {
        /**
         * Words of the batches after the first two holding the phase's words, up to the one before
         * the completing batch, over the time between the publishes that bound them.
         */
        @JsonProperty("steady slope") STEADY_SLOPE,
        /** Too few batches for the slope: all the phase's words over first byte → completing batch published. */
        @JsonProperty("first byte to completing batch") FIRST_BYTE_TO_COMPLETING_BATCH
    }

    /** A figure without an error bound: the batch job's, the baseline's. */
    public Throughput(Double wordsPerSecond, RunResult.Phase maxRatePhase) {
        this(wordsPerSecond, null, null, maxRatePhase);
    }

    /** A figure at this share of the rate its input was offered at, or above, may be the feed's, not the job's. */
    public static final double FEED_BOUND_SHARE = 0.9;

    /** Whether the figure is near the rate its input was offered at: the job may be faster than it says. */
    public boolean boundedByFeed() {
        return wordsPerSecond != null && maxRatePhase != null && maxRatePhase.offeredWordsPerSecond() != null
                && wordsPerSecond >= FEED_BOUND_SHARE * maxRatePhase.offeredWordsPerSecond();
    }

    /** Whether the figure's error bound is known and above {@link #ERROR_TARGET_PERCENT}. */
    public boolean beyondErrorTarget() {
        return errorPercent != null && errorPercent > ERROR_TARGET_PERCENT;
    }
}
