package dev.streamcompare.harness.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Marks drawn on the bars of a grouped bar chart, each on its own bar: a min–max whisker, or the
 * percentiles above a p50 bar. XChart's own error bars are symmetric about the bar's top, which a
 * median with its min and max is not; these are drawn where XChart 3.8.8 draws its bars (a category
 * split into as many slots as the chart has series, {@code availableSpaceFill} of it filled).
 */
final class BarMarks extends Annotation {

    /** The bar of series {@code series} (counted from 0, in the order they were added) in category {@code category}. */
    record Bar(int category, int series) {}

    /** One mark on a bar, drawn with the bar's centre and width in pixels and the value axis's mapping to pixels. */
    interface Mark {
        Bar bar();

        /** The highest figure it reaches: the value axis must reach it too. */
        double top();

        void paint(Graphics2D g, double centre, double width, DoubleUnaryOperator y);
    }

    /** From the lowest run to the highest, a line with caps: black, haloed in white so that it shows on any bar. */
    record Whisker(Bar bar, double low, double high) implements Mark {
        @Override
        public double top() {
            return high;
        }

        @Override
        public void paint(Graphics2D g, double centre, double width, DoubleUnaryOperator y) {
            double cap = Math.min(10, width * 0.4) / 2;
            List<Shape> lines = List.of(new Line2D.Double(centre, y.applyAsDouble(low), centre, y.applyAsDouble(high)),
                    new Line2D.Double(centre - cap, y.applyAsDouble(low), centre + cap, y.applyAsDouble(low)),
                    new Line2D.Double(centre - cap, y.applyAsDouble(high), centre + cap, y.applyAsDouble(high)));
            haloed(g, lines, Color.BLACK);
        }
    }

    /**
     * A distribution's upper part above its p50 bar: a lighter box to p95, a line on to the max with
     * a cap, a tick across it at p99 (none when there is no p99).
     */
    record Percentiles(Bar bar, Color colour, double p50, double p95, Double p99, double max) implements Mark {
        @Override
        public double top() {
            return max;
        }

        @Override
        public void paint(Graphics2D g, double centre, double width, DoubleUnaryOperator y) {
            double half = width / 2;
            Rectangle2D box = new Rectangle2D.Double(centre - half, y.applyAsDouble(p95), width,
                    Math.max(0, y.applyAsDouble(p50) - y.applyAsDouble(p95)));
            g.setColor(lighter(colour));
            g.fill(box);
            g.setColor(colour);
            g.setStroke(new BasicStroke(1f));
            g.draw(box);
            double cap = Math.min(10, width * 0.4) / 2;
            List<Shape> lines = new ArrayList<>(List.of(new Line2D.Double(centre, y.applyAsDouble(p95), centre, y.applyAsDouble(max)),
                    new Line2D.Double(centre - cap, y.applyAsDouble(max), centre + cap, y.applyAsDouble(max))));
            if (p99 != null) {
                double tick = width * 0.3; // narrower than the bar, so that neighbouring bars' ticks stay apart
                lines.add(new Line2D.Double(centre - tick, y.applyAsDouble(p99), centre + tick, y.applyAsDouble(p99)));
            }
            haloed(g, lines, Color.BLACK);
        }

        private static Color lighter(Color colour) {
            return new Color((colour.getRed() + 2 * 255) / 3, (colour.getGreen() + 2 * 255) / 3, (colour.getBlue() + 2 * 255) / 3);
        }
    }

    private static final BasicStroke HALO = new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private static final BasicStroke LINE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

    private final List<Mark> marks;

    private BarMarks(List<Mark> marks) {
        super(false);
        this.marks = List.copyOf(marks);
    }

    /** Draws {@code marks} on {@code chart}'s bars, and makes its value axis reach the highest of them. */
    static void add(CategoryChart chart, List<? extends Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        double top = marks.stream().mapToDouble(Mark::top).max().orElseThrow();
        double bars = chart.getSeriesMap().values().stream().flatMap(s -> s.getYData().stream())
                .filter(v -> v != null).mapToDouble(Number::doubleValue).max().orElse(0);
        chart.getStyler().setYAxisMax(Math.max(top, bars));
        chart.addAnnotation(new BarMarks(new ArrayList<>(marks)));
    }

    @Override
    public void paint(Graphics2D g) {
        int series = chart.getSeriesMap().size();
        double fill = ((CategoryStyler) styler).getAvailableSpaceFill();
        for (Mark mark : marks) {
            // As XChart's PlotContent_Category_Bar places a bar: its slot in the category, in category units.
            double left = mark.bar().category() + (1 - fill) / 2 + mark.bar().series() * fill / series;
            double x0 = chart.getScreenXFromChart(left);
            double x1 = chart.getScreenXFromChart(left + fill / series);
            mark.paint(g, (x0 + x1) / 2, x1 - x0, chart::getScreenYFromChart);
        }
    }

    /** {@code lines} in {@code colour} over a white halo. */
    private static void haloed(Graphics2D g, List<Shape> lines, Color colour) {
        g.setColor(Color.WHITE);
        g.setStroke(HALO);
        lines.forEach(g::draw);
        g.setColor(colour);
        g.setStroke(LINE);
        lines.forEach(g::draw);
    }
}
