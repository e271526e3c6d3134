package dev.streamcompare.harness.report.render;

/**
 * How a chart's figures are written on its value axis: divided by {@code divisor} so that the
 * largest reads in units, thousands or millions ("7.0 M words/s", never "7E6"), with its unit.
 *
 * @param divisor what each figure is divided by before it is drawn: 1, 1e3 or 1e6
 * @param unit    the axis title: the unit with its prefix, {@code M words/s}
 * @param pattern the tick labels' decimal pattern: grouped thousands, no exponent
 */
record AxisScale(double divisor, String unit, String pattern) {

    /** Whole numbers, grouped: ms, MiB. */
    static final String WHOLE = "#,##0";
    /** One decimal at least, two at most: 7.0, 0.25. */
    static final String DECIMAL = "#,##0.0#";

    /** Figures in {@code unit} as they are, ticks written with {@code pattern}. */
    static AxisScale plain(String unit, String pattern) {
        return new AxisScale(1, unit, pattern);
    }

    /** Figures of {@code unit} up to {@code largest}, in millions, thousands or units, whichever keeps the largest below 1,000. */
    static AxisScale of(double largest, String unit) {
        if (largest >= 1e6) {
            return new AxisScale(1e6, "M " + unit, DECIMAL);
        }
        if (largest >= 1e3) {
            return new AxisScale(1e3, "k " + unit, DECIMAL);
        }
        return new AxisScale(1, unit, DECIMAL);
    }

    /** {@code figure} as drawn on this axis, or null for none. */
    Double scaled(Double figure) {
        return figure == null ? null : figure / divisor;
    }
}
