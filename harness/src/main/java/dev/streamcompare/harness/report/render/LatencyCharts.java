package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * End-to-end latency as a distribution per job and engine: from the percentiles every streaming run
 * keeps, or, for runs that kept each marker's latency (a timeline: the soak's), their whole CDF.
 */
final class LatencyCharts {

    /** Most points a CDF line is drawn through: an hour's soak has 14,400 markers. */
    static final int CDF_POINTS = 500;

    private LatencyCharts() {}

    /**
     * A bar to each row's p50, a lighter box from it to p95, a tick at p99 (when the runs had samples
     * enough for one) and a line on to the max: medians of the runs' percentiles, which are what an
     * ordinary run keeps (not each marker's latency).
     */
    static CategoryChart percentiles(List<Summary> streaming) {
        List<String> jobs = SummaryCharts.jobs(streaming);
        List<String> engines = ChartStyle.engines(streaming, r -> r.identity().engine());
        CategoryChart chart = ChartStyle.bars("End-to-end latency, fixed-rate phase (includes the batch interval)",
                AxisScale.plain("ms", AxisScale.WHOLE),
                "bar: p50; box: to p95; tick: p99; line: to the max (medians of the runs' percentiles)",
                ChartStyle.heightFor(engines.size()));
        List<BarMarks.Percentiles> marks = new ArrayList<>();
        for (int s = 0; s < engines.size(); s++) {
            String engine = engines.get(s);
            SummaryCharts.addSeries(chart, engine, jobs, streaming, r -> r.latencyMs().p50());
            for (int c = 0; c < jobs.size(); c++) {
                Optional<Summary.LatencyMs> latency = SummaryCharts.row(streaming, jobs.get(c), engine).map(Summary::latencyMs);
                if (latency.isPresent() && latency.get().p95() != null && latency.get().max() != null) {
                    Summary.LatencyMs l = latency.get();
                    marks.add(new BarMarks.Percentiles(new BarMarks.Bar(c, s), EngineColours.of(engine), l.p50(), l.p95(), l.p99(),
                            l.max()));
                }
            }
        }
        BarMarks.add(chart, marks);
        return chart;
    }

    /**
     * A chart per job whose runs kept each marker's latency: the share of markers at or below each
     * latency, a line per run in its engine's colour. None for runs without a timeline.
     */
    static List<XYChart> cdf(List<RunResult> runs) {
        Map<String, List<RunResult>> byJob = new LinkedHashMap<>();
        runs.stream().filter(r -> r.timeline() != null && r.timeline().latencyMs() != null && !r.timeline().latencyMs().isEmpty())
                .forEach(r -> byJob.computeIfAbsent(r.identity().job(), k -> new ArrayList<>()).add(r));
        List<XYChart> charts = new ArrayList<>();
        byJob.forEach((job, sampled) -> {
            XYChart chart = ChartStyle.lines("Latency distribution, " + job + ": share of markers at or below each latency",
                    "end-to-end latency, ms", AxisScale.plain("% of markers", AxisScale.WHOLE));
            chart.getStyler().setMarkerSize(0);
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(100.0);
            for (RunResult run : sampled) {
                boolean several = sampled.stream().filter(r -> r.identity().equals(run.identity())).count() > 1;
                String name = run.identity().engine() + (several ? " run " + run.run() : "");
                double[][] line = cdfLine(run.timeline().latencyMs());
                XYSeries series = chart.addSeries(name, line[0], line[1]);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
                ChartStyle.engine(series, run.identity().engine(), 0);
            }
            charts.add(chart);
        });
        return charts;
    }

    /**
     * The empirical CDF of {@code samples}' values: x the latency, y the % of samples at or below it;
     * through at most {@link #CDF_POINTS} of the sorted samples, evenly by rank, the first and the last always.
     */
    static double[][] cdfLine(List<RunResult.Point> samples) {
        double[] sorted = samples.stream().mapToDouble(RunResult.Point::value).sorted().toArray();
        int n = sorted.length;
        int points = Math.min(n, CDF_POINTS);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            int rank = points == 1 ? n : (int) Math.round(1 + (double) i * (n - 1) / (points - 1)); // 1..n
            x[i] = sorted[rank - 1];
            y[i] = 100.0 * rank / n;
        }
        return new double[][] {x, y};
    }
}
