package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The charts of report.html that follow a section's table: soak runs over time, cost as work grows,
 * and throughput over time. Every line in its engine's colour ({@link EngineColours}); lines of one
 * engine apart by their pattern and marker, one per job (and core count).
 */
final class Charts {

    static final int WIDTH = ChartStyle.WIDTH;
    static final int HEIGHT = ChartStyle.HEIGHT;

    private Charts() {}

    /** RSS and latency over time, a line per job and engine; then the latency's distribution per job (its CDF). */
    static List<XYChart> soak(List<SoakResult> soak) {
        XYChart rss = ChartStyle.lines("Soak: RSS of the child's process tree over time", "s since start",
                AxisScale.plain("MiB", AxisScale.WHOLE));
        XYChart latency = ChartStyle.lines("Soak: end-to-end latency of each marker over time", "s since start",
                AxisScale.plain("ms", AxisScale.WHOLE));
        for (XYChart chart : List.of(rss, latency)) {
            chart.getStyler().setMarkerSize(0);
        }
        List<String> jobs = soak.stream().map(r -> r.identity().job()).distinct().toList();
        for (SoakResult r : soak) {
            RunResult.Timeline t = r.run().timeline();
            if (t != null) {
                String name = r.identity().job() + " " + r.identity().engine();
                int style = jobs.indexOf(r.identity().job());
                addLine(rss, name, r.identity().engine(), style, t.rssMiB());
                addLine(latency, name, r.identity().engine(), style, t.latencyMs());
            }
        }
        List<XYChart> charts = new ArrayList<>(List.of(rss, latency));
        charts.addAll(LatencyCharts.cdf(soak.stream().map(SoakResult::run).toList()));
        return charts;
    }

    /** Throughput and CPU-seconds per million words against the input's words, a line per job, engine and core count. */
    static List<XYChart> scaling(List<ScalingPoint> points) {
        AxisScale rate = AxisScale.of(points.stream().filter(p -> p.wordsPerSecond() != null).mapToDouble(ScalingPoint::wordsPerSecond)
                .max().orElse(0), "words/s");
        AxisScale words = AxisScale.of(points.stream().mapToDouble(ScalingPoint::words).max().orElse(0), "words in the input");
        XYChart throughput = ChartStyle.lines("Cost as work grows: throughput against input size", words.unit(), rate);
        XYChart cpu = ChartStyle.lines("Cost as work grows: CPU-seconds per million words against input size", words.unit(),
                AxisScale.plain("CPU-s / M words", AxisScale.DECIMAL));
        throughput.getStyler().setXAxisDecimalPattern(words.pattern());
        cpu.getStyler().setXAxisDecimalPattern(words.pattern());
        Map<String, List<ScalingPoint>> lines = new LinkedHashMap<>();
        points.forEach(p -> lines.computeIfAbsent(p.identity().job() + " " + p.identity().engine() + " " + p.cores() + "c",
                k -> new ArrayList<>()).add(p));
        List<String> styles = points.stream().map(p -> p.identity().job() + " " + p.cores()).distinct().toList();
        lines.forEach((name, line) -> {
            List<ScalingPoint> measured = line.stream()
                    .filter(p -> p.wordsPerSecond() != null && p.cpuSecondsPerMillionWords() != null).toList();
            if (!measured.isEmpty()) {
                ScalingPoint first = measured.get(0);
                int style = styles.indexOf(first.identity().job() + " " + first.cores());
                addLine(throughput, name, style, measured, words, p -> rate.scaled(p.wordsPerSecond()));
                addLine(cpu, name, style, measured, words, ScalingPoint::cpuSecondsPerMillionWords);
            }
        });
        return List.of(throughput, cpu);
    }

    /**
     * Throughput over time, a chart per job, a line per run: the words each batch brought over the
     * time since the batch before it was published, drawn as steps. {@code wordsPublished} gives a
     * run's words published so far at each batch's publish (seconds since the child was spawned), in
     * order; runs it gives nothing for are left out.
     */
    static List<XYChart> throughputOverTime(List<RunResult> runs, Function<RunResult, List<RunResult.Point>> wordsPublished) {
        Map<String, Map<RunResult, List<RunResult.Point>>> byJob = new LinkedHashMap<>();
        for (RunResult run : runs) {
            List<RunResult.Point> rates = rates(wordsPublished.apply(run));
            if (!rates.isEmpty()) {
                byJob.computeIfAbsent(run.identity().job(), k -> new LinkedHashMap<>()).put(run, rates);
            }
        }
        List<XYChart> charts = new ArrayList<>();
        byJob.forEach((job, lines) -> {
            AxisScale scale = AxisScale.of(lines.values().stream().flatMap(List::stream).mapToDouble(RunResult.Point::value).max()
                    .orElse(0), "words/s");
            XYChart chart = ChartStyle.lines("Throughput over time, " + job + ": words of each batch over the time since the one before",
                    "s since start", scale);
            lines.forEach((run, rates) -> {
                XYSeries series = chart.addSeries(run.identity().engine() + " run " + run.run(),
                        rates.stream().mapToDouble(RunResult.Point::seconds).toArray(),
                        rates.stream().mapToDouble(p -> scale.scaled(p.value())).toArray());
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
                ChartStyle.engine(series, run.identity().engine(), 0);
            });
            charts.add(chart);
        });
        return charts;
    }

    /** Words per second between consecutive points of words so far, at the later point; none across no time. */
    static List<RunResult.Point> rates(List<RunResult.Point> wordsSoFar) {
        List<RunResult.Point> rates = new ArrayList<>();
        for (int i = 1; wordsSoFar != null && i < wordsSoFar.size(); i++) {
            RunResult.Point before = wordsSoFar.get(i - 1);
            RunResult.Point at = wordsSoFar.get(i);
            if (at.seconds() > before.seconds()) {
                rates.add(new RunResult.Point(at.seconds(), (at.value() - before.value()) / (at.seconds() - before.seconds())));
            }
        }
        return rates;
    }

    private static void addLine(XYChart chart, String name, String engine, int style, List<RunResult.Point> points) {
        if (points != null && !points.isEmpty()) {
            XYSeries series = chart.addSeries(name, points.stream().mapToDouble(RunResult.Point::seconds).toArray(),
                    points.stream().mapToDouble(RunResult.Point::value).toArray());
            ChartStyle.engine(series, engine, style);
        }
    }

    /** A line through {@code points}, each a figure they all have, against the words of the input (in {@code words}' unit). */
    private static void addLine(XYChart chart, String name, int style, List<ScalingPoint> points, AxisScale words,
                                Function<ScalingPoint, Double> figure) {
        XYSeries series = chart.addSeries(name, points.stream().mapToDouble(p -> words.scaled((double) p.words())).toArray(),
                points.stream().mapToDouble(figure::apply).toArray());
        ChartStyle.engine(series, points.get(0).identity().engine(), style);
    }
}
