package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The highest sustained rate of one job on one engine and variant (null if none was), and the
 * probes of the search that found it.
 *
 * @param fellBehindAtLinesPerSecond the lowest rate the job fell behind at (null: it kept up with every probe, or a
 *                                   report from before it existed)
 * @param probeLimitReached          whether {@code --sustain-probes} stopped the search before it ended: the rate is
 *                                   then a lower bound of the ceiling, "≥" (null in reports from before it existed)
 */
public record SustainableResult(@JsonUnwrapped Identity identity, Integer linesPerSecond, Double wordsPerSecond,
                                Double latencyP99Ms, int probeSeconds, List<SustainableProbe> probes,
                                Integer fellBehindAtLinesPerSecond, Boolean probeLimitReached) {

    /**
     * A search's outcome.
     *
     * @param probes       every probe, in the order made
     * @param best         the highest rate kept up with, or null
     * @param fellBehindAt the lowest rate not kept up with, or null if every probe kept up
     * @param limitReached whether the most probes stopped the search before it ended
     */
    public record Search(List<SustainableProbe> probes, SustainableProbe best, Integer fellBehindAt, boolean limitReached) {}

    /** The result of {@code search}, probes of {@code probeSeconds}; words/s from lines/s. */
    public static SustainableResult of(Identity identity, Search search, double wordsPerLine, int probeSeconds) {
        SustainableProbe best = search.best();
        return new SustainableResult(identity, best == null ? null : best.linesPerSecond(),
                best == null ? null : best.linesPerSecond() * wordsPerLine, best == null ? null : best.latencyP99Ms(), probeSeconds,
                search.probes(), search.fellBehindAt(), search.limitReached());
    }

    /** Whether the rate found is the ceiling (the search ended) rather than a lower bound of it. */
    public boolean ceilingReached() {
        return !Boolean.TRUE.equals(probeLimitReached) && fellBehindAtLinesPerSecond != null;
    }
}
