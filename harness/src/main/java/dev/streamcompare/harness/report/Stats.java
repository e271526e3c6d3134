package dev.streamcompare.harness.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Medians and percentiles of measured figures. */
public final class Stats {

    private Stats() {}

    /** Percentiles of a sample, in the unit of the sample; all null for an empty sample. */
    public record Percentiles(Double p50, Double p95, Double p99, Double max, int samples) {
        public static Percentiles of(Collection<? extends Number> values) {
            if (values.isEmpty()) {
                return null;
            }
            return new Percentiles(percentile(values, 50), percentile(values, 95), percentile(values, 99),
                    percentile(values, 100), values.size());
        }
    }

    /**
     * The {@code p}-th percentile by the nearest-rank method: the smallest value such that at
     * least {@code p} % of the sample is at or below it. Always one of the measured values.
     */
    static double percentile(Collection<? extends Number> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        List<Double> sorted = sorted(values);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The median: the middle value, or the mean of the two middle values. */
    static double median(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Double> sorted(Collection<? extends Number> values) {
        List<Double> sorted = new ArrayList<>(values.size());
        values.forEach(v -> sorted.add(v.doubleValue()));
        sorted.sort(null);
        return sorted;
    }
}
