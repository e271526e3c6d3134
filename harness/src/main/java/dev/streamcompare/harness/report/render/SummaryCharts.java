package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * The charts under the summary table: throughput, latency percentiles, start-up, CPU and RSS; bars
 * grouped by job, one series per engine in its colour ({@link EngineColours}), one legend entry each.
 */
final class SummaryCharts {

    private SummaryCharts() {}

    /** Throughput (median, whiskers from the slowest run to the fastest), latency percentiles, start-up, CPU and RSS. */
    static List<CategoryChart> of(List<Summary> rows) {
        List<CategoryChart> charts = new ArrayList<>();
        List<String> jobs = jobs(rows);
        List<String> engines = ChartStyle.engines(rows, r -> r.identity().engine());
        charts.add(throughput(rows, jobs, engines));
        List<Summary> streaming = rows.stream().filter(r -> r.latencyMs().p50() != null).toList();
        if (!streaming.isEmpty()) {
            charts.add(LatencyCharts.percentiles(streaming));
        }
        charts.add(perEngine("Start-up: JVM spawned → job ready", AxisScale.plain("ms", AxisScale.WHOLE), jobs, engines, rows,
                r -> r.costs().startupMs()));
        charts.add(perEngine("CPU seconds of the child's process tree", AxisScale.plain("s", AxisScale.DECIMAL), jobs, engines, rows,
                r -> r.costs().cpuSeconds()));
        charts.add(perEngine("Peak RSS of the child's process tree", AxisScale.plain("MiB", AxisScale.WHOLE), jobs, engines, rows,
                r -> r.costs().peakRssMiB()));
        return charts;
    }

    /**
     * The max-rate phase's throughput: a bar at each row's median, a whisker from its slowest correct
     * run to its fastest when it has more than one. The axis in M words/s (or k), never "7E6".
     */
    static CategoryChart throughput(List<Summary> rows, List<String> jobs, List<String> engines) {
        AxisScale scale = AxisScale.of(rows.stream().map(r -> r.throughput().max()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0), "words/s");
        boolean repeated = rows.stream().anyMatch(r -> r.correct() > 1);
        CategoryChart chart = ChartStyle.bars("Throughput, max-rate phase", scale, repeated
                ? "bars: median of the correct runs; whiskers: the slowest run to the fastest" : "one run each",
                ChartStyle.heightFor(engines.size()));
        List<BarMarks.Whisker> whiskers = new ArrayList<>();
        for (int s = 0; s < engines.size(); s++) {
            String engine = engines.get(s);
            addSeries(chart, engine, jobs, rows, r -> scale.scaled(r.throughput().median()));
            for (int c = 0; c < jobs.size(); c++) {
                Optional<Summary> row = row(rows, jobs.get(c), engine);
                if (row.isPresent() && row.get().correct() > 1 && row.get().throughput().min() != null) {
                    whiskers.add(new BarMarks.Whisker(new BarMarks.Bar(c, s), scale.scaled(row.get().throughput().min()),
                            scale.scaled(row.get().throughput().max())));
                }
            }
        }
        BarMarks.add(chart, whiskers);
        return chart;
    }

    private static CategoryChart perEngine(String title, AxisScale scale, List<String> jobs, List<String> engines, List<Summary> rows,
                                           Function<Summary, Double> figure) {
        CategoryChart chart = ChartStyle.bars(title, scale, "median of the correct runs", ChartStyle.heightFor(engines.size()));
        engines.forEach(engine -> addSeries(chart, engine, jobs, rows, figure));
        return chart;
    }

    /** The jobs of {@code rows}, each once, in the order they ran. */
    static List<String> jobs(List<Summary> rows) {
        return rows.stream().map(r -> r.identity().job()).distinct().toList();
    }

    /** A series of {@code engine}'s figures, a bar per job, in its colour; none where it has no figure. */
    static CategorySeries addSeries(CategoryChart chart, String engine, List<String> jobs, List<Summary> rows,
                                    Function<Summary, Double> figure) {
        List<Number> values = new ArrayList<>();
        jobs.forEach(job -> values.add(row(rows, job, engine).map(figure).orElse(null)));
        CategorySeries series = chart.addSeries(engine, jobs, values);
        ChartStyle.engine(series, engine);
        return series;
    }

    /** The row of {@code job} on {@code engine}, if it ran. */
    static Optional<Summary> row(List<Summary> rows, String job, String engine) {
        return rows.stream().filter(r -> r.identity().job().equals(job) && r.identity().engine().equals(engine)).findFirst();
    }
}
