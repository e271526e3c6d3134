package dev.streamcompare.harness.report.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** What every chart of the report shares: size, white ground, legend on the right, axis units, and each engine's colour. */
final class ChartStyle {

    static final int WIDTH = 900;
    static final int HEIGHT = 380;

    /** Marker shapes, one per job on a chart with lines of several jobs: the colour is the engine's. */
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS};
    /** Line patterns, one per job (or core count): solid, dashed, dotted, dash-dotted. */
    private static final BasicStroke[] LINES = {SeriesLines.SOLID, SeriesLines.DASH_DASH, SeriesLines.DOT_DOT, SeriesLines.DASH_DOT};

    private ChartStyle() {}

    /** Bars grouped by job, a series per engine; the value axis in {@code scale}'s unit, the category axis titled {@code how}. */
    static CategoryChart bars(String title, AxisScale scale, String how, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height).title(title).xAxisTitle(how)
                .yAxisTitle(scale.unit()).build();
        common(chart.getStyler(), scale);
        chart.getStyler().setOverlapped(false);
        return chart;
    }

    /** Lines against {@code x}; the value axis in {@code scale}'s unit. */
    static XYChart lines(String title, String x, AxisScale scale) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(scale.unit()).build();
        common(chart.getStyler(), scale);
        chart.getStyler().setXAxisDecimalPattern(AxisScale.WHOLE);
        return chart;
    }

    /** Tall enough for a legend of {@code entries}, a line each. */
    static int heightFor(int entries) {
        return Math.max(HEIGHT, 60 + 26 * entries);
    }

    private static void common(AxesChartStyler styler, AxisScale scale) {
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setYAxisDecimalPattern(scale.pattern());
    }

    /** A bar series in its engine's colour. */
    static void engine(CategorySeries series, String engineLabel) {
        Color colour = EngineColours.of(engineLabel);
        series.setFillColor(colour);
        series.setLineColor(colour);
        series.setMarkerColor(colour);
    }

    /** A line in its engine's colour, its pattern and marker the {@code style}-th (a job's, a core count's). */
    static void engine(XYSeries series, String engineLabel, int style) {
        Color colour = EngineColours.of(engineLabel);
        series.setLineColor(colour);
        series.setMarkerColor(colour);
        series.setFillColor(colour);
        series.setLineStyle(LINES[style % LINES.length]);
        series.setMarker(MARKERS[style % MARKERS.length]);
    }

    /** The engines of {@code items}, each once, in legend order: the baseline, then each engine's rows side by side. */
    static <T> List<String> engines(List<T> items, Function<T, String> engine) {
        List<String> seen = items.stream().map(engine).distinct().toList();
        return seen.stream().sorted(Comparator.comparingInt(EngineColours::order)).toList();
    }
}
