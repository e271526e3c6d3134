package dev.streamcompare.harness.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two figures of a frontier line (one job on one engine and variant, at every interval), from
 * its measured points only ({@link FrontierPoint#measured}: correct, the latency phase kept up),
 * each at the rate its latency was measured at — {@link FrontierPoint#SHARE} of the point's
 * sustainable rate, not the stated rate itself:
 * <ul>
 *   <li>the lowest p99 latency among the points whose latency phase ran at {@link #STATED_LINES_PER_SECOND}
 *       or more: how fresh the counts can be at that rate;</li>
 *   <li>the highest latency-phase rate among the points whose p99 was {@link #P99_BOUND_MS} or less:
 *       what it keeps up with at that freshness.</li>
 * </ul>
 *
 * @param lowestP99    the point of the lowest p99 at the stated rate or more, or null
 * @param highestRate  the point of the highest rate with p99 within the bound, or null
 */
public record FrontierSummary(Identity identity, FrontierPoint lowestP99, FrontierPoint highestRate) {

    /** The rate at which the lowest p99 is sought, lines/s. */
    public static final int STATED_LINES_PER_SECOND = 10_000;

    /** The p99 bound within which the highest rate is sought, ms. */
    public static final double P99_BOUND_MS = 1_000;

    /** A summary per line, in the order the points came. */
    public static List<FrontierSummary> of(List<FrontierPoint> points) {
        Map<String, List<FrontierPoint>> lines = new LinkedHashMap<>();
        points.forEach(p -> lines.computeIfAbsent(p.identity().job() + "\t" + p.identity().engine(), k -> new java.util.ArrayList<>()).add(p));
        return lines.values().stream().map(FrontierSummary::ofLine).toList();
    }

    private static FrontierSummary ofLine(List<FrontierPoint> line) {
        List<FrontierPoint> measured = line.stream().filter(FrontierPoint::measured).toList();
        Optional<FrontierPoint> lowest = measured.stream()
                .filter(p -> p.latencyLinesPerSecond() >= STATED_LINES_PER_SECOND)
                .min(Comparator.comparingDouble(FrontierPoint::p99Ms));
        Optional<FrontierPoint> highest = measured.stream()
                .filter(p -> p.p99Ms() <= P99_BOUND_MS)
                .max(Comparator.comparingInt(FrontierPoint::latencyLinesPerSecond));
        return new FrontierSummary(line.get(0).identity(), lowest.orElse(null), highest.orElse(null));
    }
}
