package dev.streamcompare.harness.report.diff;

import dev.streamcompare.harness.report.Yardstick;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How far a figure may move between two reports and still be noise, in % of its OLD value: the
 * largest of the runs' spread in either report, a floor, how far the machine's speed drifted
 * between them, and the figure's own error bound where the report states one.
 *
 * @param spreadOld the figure's runs in OLD, {@code (max − min) / median} in %; null with fewer than two runs
 * @param spreadNew the same in NEW
 * @param drift     how far the reference rate moved from OLD to NEW, in % of OLD's (either way); null when a report
 *                  has none
 * @param error     the largest error bound a run of either report gives the figure, in % (throughput's, from the
 *                  batch grid and the publish times: a max-rate phase of two batches is known to ±30 % or so);
 *                  null for figures without one
 */
public record NoiseBand(Double spreadOld, Double spreadNew, Double drift, Double error) {

    /** A band of a figure without an error bound of its own. */
    public NoiseBand(Double spreadOld, Double spreadNew, Double drift) {
        this(spreadOld, spreadNew, drift, null);
    }

    /**
     * The least noise a figure is granted, in %: a figure of one run has no spread to tell its noise by,
     * and within one comparison the machine's own speed moves this much before the report says it moved
     * ({@link Yardstick#MOVED_PERCENT}); a smaller change cannot be told from the machine's.
     */
    public static final double FLOOR_PERCENT = Yardstick.MOVED_PERCENT;

    /** What sets the band: the widest of the three. */
    public enum Source {
        SPREAD("the runs' spread"), FLOOR("the floor"), DRIFT("the reference rate's drift"), ERROR("the figure's error bound");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The band, in %. */
    public double percent() {
        return Math.max(FLOOR_PERCENT, Math.max(Math.max(orZero(spread()), orZero(drift)), orZero(error)));
    }

    /** What sets it: of equals, the runs' spread before the drift before the error bound before the floor. */
    public Source source() {
        double band = percent();
        return spread() != null && spread() == band ? Source.SPREAD : drift != null && drift == band ? Source.DRIFT
                : error != null && error == band ? Source.ERROR : Source.FLOOR;
    }

    /** The larger of the two reports' spreads, or null when neither has one. */
    public Double spread() {
        return Stream.of(spreadOld, spreadNew).filter(Objects::nonNull).max(Double::compare).orElse(null);
    }

    /** Whether a change of {@code percent} (either way) is beyond the band. */
    public boolean exceededBy(double percent) {
        return Math.abs(percent) > percent();
    }

    /** {@code (max − min) / median} of {@code values}, in %; null with fewer than two, or a median of 0. */
    static Double spreadOf(Collection<Double> values) {
        List<Double> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.size() < 2) {
            return null;
        }
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return median == 0 ? null : (sorted.get(n - 1) - sorted.get(0)) / median * 100;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
