package dev.streamcompare.harness.report.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the report prints its figures; {@code –} for a figure there is none of. */
final class Format {

    static final String NONE = "–";

    /** The ratio docs/performance.md sets the tuned jobs as their goal. */
    private static final double HALF = 0.5;

    private Format() {}

    /** Words per second: {@code 2.26 M} from a million up, else {@code 965 k}. */
    static String words(double value) {
        return value >= 1e6 ? String.format(Locale.ROOT, "%.2f M", value / 1e6) : String.format(Locale.ROOT, "%.0f k", value / 1e3);
    }

    /** Milliseconds, or anything else shown whole: no decimals. */
    static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    static String whole(Double value) {
        return value == null ? NONE : ms(value);
    }

    static String oneDecimal(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    static String twoDecimals(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A percentage: one decimal below 10, whole above: {@code 1.2 %}, {@code 24 %}. */
    static String percent(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.1f %%" : "%.0f %%", value);
    }

    /** A count with thousands separators: {@code 21,436,080}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * A ratio to the reference rate: two decimals, but three, rounded down, just under the 0.5 that
     * docs/performance.md sets tuned jobs as their goal, so that a miss is not printed as the goal: 0.498, not 0.50.
     */
    static String ratio(double value) {
        return value < HALF && value >= HALF - 0.005
                ? String.format(Locale.ROOT, "%.3f", Math.floor(value * 1000) / 1000) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Values joined by commas, or {@code –} for none. */
    static String joined(List<Long> values) {
        return values.isEmpty() ? NONE : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** {@code yes}, or a bold {@code no} (Markdown). */
    static String yesOrBoldNo(boolean yes) {
        return yes ? "yes" : "**no**";
    }
}
