package dev.streamcompare.harness.report;

/**
 * The steady part of a max-rate phase that its figure is the slope of: the batches after the first
 * two holding the phase's words, up to the one before the completing batch.
 *
 * @param words    words those batches brought
 * @param seconds  between the publish of the batch before them (the phase's second) and the publish of their last
 * @param batches  how many batches
 * @param jitterMs the largest distance of a publish time from the line fitted through the other publishes (a deleted residual)
 *                 (words against time): how far a publish strays from a steady rate
 */
public record SteadySlope(long words, double seconds, int batches, double jitterMs) {}
