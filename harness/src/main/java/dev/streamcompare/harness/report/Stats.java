package dev.streamcompare.harness.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Medians and percentiles of measured figures. */
public final class Stats {

    private Stats() {}

    /** Fewer samples than this give no p99: their nearest-rank p99 would be their maximum, or next to it. */
    public static final int MIN_SAMPLES_FOR_P99 = 100;

    /**
     * Percentiles of a sample, in the unit of the sample, by the nearest-rank method. p99 is null
     * (not available) for fewer than {@link #MIN_SAMPLES_FOR_P99} samples, whatever it is made
     * from: a report.json from before the rule shows none either.
     */
    public record Percentiles(Double p50, Double p95, Double p99, Double max, int samples) {

        public Percentiles {
            p99 = samples < MIN_SAMPLES_FOR_P99 ? null : p99;
        }

        /** The percentiles of {@code values}; null for an empty sample. */
        public static Percentiles of(Collection<? extends Number> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Double> sorted = sorted(values);
            return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), rank(sorted, 100), sorted.size());
        }

        /**
         * The percentiles of a sample given as counts: {@code counts} maps each value to how many
         * times it occurs (zero or more). Null for an empty sample.
         */
        public static Percentiles ofCounts(SortedMap<Long, Long> counts) {
            long n = counts.values().stream().mapToLong(Long::longValue).sum();
            if (n == 0) {
                return null;
            }
            int samples = (int) Math.min(Integer.MAX_VALUE, n);
            return new Percentiles(rankOfCounts(counts, n, 50), rankOfCounts(counts, n, 95), rankOfCounts(counts, n, 99),
                    rankOfCounts(counts, n, 100), samples);
        }

        private static double rankOfCounts(SortedMap<Long, Long> counts, long n, double p) {
            long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
            long seen = 0;
            for (Map.Entry<Long, Long> value : counts.entrySet()) {
                seen += value.getValue();
                if (seen >= rank) {
                    return value.getKey();
                }
            }
            throw new IllegalStateException("rank " + rank + " beyond " + n);
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
        return rank(sorted(values), p);
    }

    private static double rank(List<Double> sorted, double p) {
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
