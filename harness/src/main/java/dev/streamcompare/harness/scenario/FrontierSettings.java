package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.harness.report.Job;
import java.util.List;

/**
 * {@code --frontier}: the batch intervals, in the order run, and each point's search and latency stretch.
 *
 * @param intervalsMs    the batch intervals, ms
 * @param probeSeconds   length of each probe of the rate search
 * @param probes         the most probes per point
 * @param latencySeconds length of the latency stretch at {@link dev.streamcompare.harness.report.FrontierPoint#SHARE} of the rate found
 */
public record FrontierSettings(List<Long> intervalsMs, int probeSeconds, int probes, int latencySeconds) {

    /** The full frontier's intervals. */
    public static final List<Long> INTERVALS = List.of(2000L, 1000L, 500L, 200L, 100L);
    /** {@code --quick}'s. */
    public static final List<Long> QUICK_INTERVALS = List.of(500L, 200L, 100L);


    /** The jobs a frontier runs: those whose input the harness paces line by line (socket and Kafka). */
    public static final List<Job> JOBS = List.of(Job.SOCKET, Job.STATEFUL, Job.KAFKA, Job.STATEFUL_KAFKA);

    /** {@code asked}, each a job the frontier runs; one it cannot is refused. */
    public static List<Job> jobs(List<Job> asked) {
        for (Job job : asked) {
            if (!JOBS.contains(job)) {
                throw new BadInputException("--frontier runs the socket and Kafka jobs (socket, stateful, kafka, stateful-kafka), not "
                        + job + ": its input is not paced line by line");
            }
        }
        return asked;
    }

    /** The intervals longest first: each search starts from the rate the line kept up with at the one before. */
    public FrontierSettings {
        intervalsMs = intervalsMs.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** The defaults of the full frontier or of {@code --quick}, with {@code intervals} if given. */
    public static FrontierSettings of(boolean quick, List<Long> intervals, Integer probeSeconds, Integer probes) {
        return new FrontierSettings(intervals != null ? intervals : quick ? QUICK_INTERVALS : INTERVALS,
                probeSeconds != null ? probeSeconds : 4, probes != null ? probes : quick ? 3 : 4, quick ? 3 : 6);
    }

    /**
     * A probe's length at {@code intervalMs}: the settings', and at least ten intervals. A job fed
     * R lines/s that keeps up with C ends a probe of T s with (R/C − 1)·T s of backlog, seen only
     * once that is more than the bound less its usual latency (about 1.5 intervals): with ten
     * intervals, an overload of more than about 15 % fails, as fine as the search's bisection.
     */
    int probeSeconds(long intervalMs) {
        return (int) Math.max(probeSeconds, (10 * intervalMs + 999) / 1000);
    }

    /** What a probe must keep within: three batch intervals, and never less than a second. */
    static long boundMillis(long intervalMs) {
        return Math.max(3 * intervalMs, 1000);
    }
}
