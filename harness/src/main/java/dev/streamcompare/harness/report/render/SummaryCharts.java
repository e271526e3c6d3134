package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Summary;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/** The charts under the summary table: throughput, latency percentiles, start-up, CPU and RSS, bars per job and engine. */
final class SummaryCharts {

    private SummaryCharts() {}

    /** Throughput (median, with min and max markers), latency percentiles, start-up, CPU and RSS. */
    static List<CategoryChart> of(List<Summary> rows) {
        List<CategoryChart> charts = new ArrayList<>();
        List<String> jobs = rows.stream().map(r -> r.identity().job()).distinct().toList();
        List<String> engines = rows.stream().map(r -> r.identity().engine()).distinct().toList();
        charts.add(throughput(rows, jobs, engines));
        List<Summary> streaming = rows.stream().filter(r -> r.latencyMs().p50() != null).toList();
        if (!streaming.isEmpty()) {
            charts.add(latency(streaming));
        }
        charts.add(perEngine("Start-up: JVM spawned → job ready (ms)", "ms", jobs, engines, rows, r -> r.costs().startupMs()));
        charts.add(perEngine("CPU seconds of the child's process tree", "s", jobs, engines, rows, r -> r.costs().cpuSeconds()));
        charts.add(perEngine("Peak RSS of the child's process tree (MiB)", "MiB", jobs, engines, rows, r -> r.costs().peakRssMiB()));
        return charts;
    }

    private static CategoryChart throughput(List<Summary> rows, List<String> jobs, List<String> engines) {
        boolean repeated = rows.stream().anyMatch(r -> r.runs() > 1);
        // Tall enough for the legend: one entry per engine, three with min and max markers.
        int legendEntries = engines.size() * (repeated ? 3 : 1);
        CategoryChart chart = chart("Throughput, max-rate phase (words/s; medians, markers: min and max of the runs)", "words/s",
                Math.max(Charts.HEIGHT, 60 + 26 * legendEntries));
        for (String engine : engines) {
            chart.addSeries(engine, jobs, figures(jobs, rows, engine, r -> r.throughput().median()));
        }
        for (String engine : repeated ? engines : List.<String>of()) {
            addMarkers(chart, engine + " min", jobs, rows, engine, r -> r.throughput().min());
            addMarkers(chart, engine + " max", jobs, rows, engine, r -> r.throughput().max());
        }
        return chart;
    }

    private static CategoryChart latency(List<Summary> streaming) {
        CategoryChart chart = chart("End-to-end latency, fixed-rate phase (ms, includes the batch interval)", "ms", Charts.HEIGHT);
        List<String> labels = streaming.stream().map(r -> r.identity().job() + " " + r.identity().engine()).toList();
        Map<String, Function<Summary, Double>> percentiles = new LinkedHashMap<>();
        percentiles.put("p50", r -> r.latencyMs().p50());
        percentiles.put("p95", r -> r.latencyMs().p95());
        percentiles.put("p99", r -> r.latencyMs().p99());
        percentiles.put("max", r -> r.latencyMs().max());
        percentiles.forEach((name, figure) -> chart.addSeries(name, labels,
                streaming.stream().map(r -> (Number) figure.apply(r)).toList()));
        return chart;
    }

    private static CategoryChart perEngine(String title, String unit, List<String> jobs, List<String> engines,
                                           List<Summary> rows, Function<Summary, Double> figure) {
        CategoryChart chart = chart(title, unit, Charts.HEIGHT);
        engines.forEach(engine -> chart.addSeries(engine, jobs, figures(jobs, rows, engine, figure)));
        return chart;
    }

    private static CategoryChart chart(String title, String unit, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(Charts.WIDTH).height(height).title(title).yAxisTitle(unit).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setOverlapped(false);
        return chart;
    }

    /** A figure per job for {@code engine}: null where it has none, so that no bar is drawn. */
    private static List<Number> figures(List<String> jobs, List<Summary> rows, String engine, Function<Summary, Double> figure) {
        List<Number> values = new ArrayList<>();
        jobs.forEach(job -> values.add(rows.stream().filter(r -> r.identity().job().equals(job) && r.identity().engine().equals(engine))
                .map(figure).filter(Objects::nonNull).findFirst().orElse(null)));
        return values;
    }

    private static void addMarkers(CategoryChart chart, String name, List<String> jobs, List<Summary> rows, String engine,
                                   Function<Summary, Double> figure) {
        CategorySeries series = chart.addSeries(name, jobs, figures(jobs, rows, engine, figure));
        series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
    }
}
