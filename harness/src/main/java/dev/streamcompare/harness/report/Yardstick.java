package dev.streamcompare.harness.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The reference rate measured several times through one comparison: the median of the
 * measurements (report.json's {@code referenceRateWordsPerSecond}), their spread, whether the
 * machine's speed moved while the comparison ran, and which measurement is nearest in time to a run.
 *
 * @param measurements in the order they were taken; numbered from 1 in the report
 */
public record Yardstick(List<ReferenceMeasurement> measurements) {

    /** A spread above this, in %, means the machine's speed moved during the comparison. */
    public static final double MOVED_PERCENT = 10;

    public Yardstick {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }

    /** The rates of the measurements that gave one. */
    public List<Double> rates() {
        return measurements.stream().filter(ReferenceMeasurement::measured).map(ReferenceMeasurement::wordsPerSecond).toList();
    }

    /** The median rate, or null if no measurement gave one. */
    public Double median() {
        List<Double> rates = rates();
        return rates.isEmpty() ? null : Stats.median(rates);
    }

    public Double min() {
        return rates().stream().min(Double::compare).orElse(null);
    }

    public Double max() {
        return rates().stream().max(Double::compare).orElse(null);
    }

    /**
     * How much faster the fastest measurement was than the slowest, in % of the slowest
     * ({@code (max − min) / min}); null with fewer than two measurements.
     */
    public Double spreadPercent() {
        List<Double> rates = rates();
        return rates.size() < 2 ? null : (max() - min()) / min() * 100;
    }

    /** Whether the spread is above {@link #MOVED_PERCENT}: the machine's speed moved while the comparison ran. */
    public boolean moved() {
        Double spread = spreadPercent();
        return spread != null && spread > MOVED_PERCENT;
    }

    /**
     * The number (from 1) of the measurement nearest in time to the middle of a run that went from
     * {@code start} to {@code end}; of two as near, the earlier. Null if no measurement gave a rate.
     */
    public Integer nearest(Instant start, Instant end) {
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
        Integer nearest = null;
        Duration best = null;
        for (int i = 0; i < measurements.size(); i++) {
            ReferenceMeasurement m = measurements.get(i);
            if (m.measured()) {
                Duration distance = Duration.between(middle, Instant.parse(m.atUtc())).abs();
                if (best == null || distance.compareTo(best) < 0) {
                    best = distance;
                    nearest = i + 1;
                }
            }
        }
        return nearest;
    }

    /** Measurement {@code number}, counted from 1. */
    public ReferenceMeasurement measurement(int number) {
        return measurements.get(number - 1);
    }

    /** The comparison's time spent on the measurements, seconds. */
    public double seconds() {
        return measurements.stream().mapToDouble(ReferenceMeasurement::seconds).sum();
    }
}
