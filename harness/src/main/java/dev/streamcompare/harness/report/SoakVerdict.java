package dev.streamcompare.harness.report;

/** What a soak run shows: where the steady part starts, RSS then and at the end, p99 latency since. */
public record SoakVerdict(double steadyFromSeconds, double rssAtSteadyMiB, double rssAtEndMiB, double rssGrowthPercent,
               Double latencyP99Ms, boolean passed, String reason) {

    /** Pass mark: RSS grows by less than this once the state is steady. */
    public static final double MAX_RSS_GROWTH_PERCENT = 10;
    /** Pass mark: p99 latency within this many batch intervals. */
    public static final int LATENCY_BOUND_BATCHES = 3;

    /** A run that cannot be judged (too short, or failed): not passed, for {@code reason}. */
    public static SoakVerdict unjudged(String reason) {
        return new SoakVerdict(0, 0, 0, 0, null, false, reason);
    }
}
