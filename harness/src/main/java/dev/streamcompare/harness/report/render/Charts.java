package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The charts of report.html that follow a section's table: soak runs over time, and cost as work grows. */
final class Charts {

    static final int WIDTH = 900;
    static final int HEIGHT = 380;

    private Charts() {}

    /** RSS and latency over time, a line per job and engine. */
    static List<XYChart> soak(List<SoakResult> soak) {
        XYChart rss = xyChart("Soak: RSS of the child's process tree over time", "s since start", "MiB");
        XYChart latency = xyChart("Soak: end-to-end latency of each marker over time", "s since start", "ms");
        for (XYChart chart : List.of(rss, latency)) {
            chart.getStyler().setMarkerSize(0);
        }
        for (SoakResult r : soak) {
            RunResult.Timeline t = r.run().timeline();
            if (t != null) {
                addLine(rss, r.identity().job() + " " + r.identity().engine(), t.rssMiB());
                addLine(latency, r.identity().job() + " " + r.identity().engine(), t.latencyMs());
            }
        }
        return List.of(rss, latency);
    }

    /** Throughput and CPU-seconds per million words against the input's words, a line per job, engine and core count. */
    static List<XYChart> scaling(List<ScalingPoint> points) {
        XYChart throughput = xyChart("Cost as work grows: throughput against input size", "words in the input", "words/s");
        XYChart cpu = xyChart("Cost as work grows: CPU-seconds per million words against input size", "words in the input",
                "CPU-s / M words");
        Map<String, List<ScalingPoint>> lines = new LinkedHashMap<>();
        points.forEach(p -> lines.computeIfAbsent(p.identity().job() + " " + p.identity().engine() + " " + p.cores() + "c",
                k -> new ArrayList<>()).add(p));
        lines.forEach((name, line) -> {
            List<ScalingPoint> measured = line.stream()
                    .filter(p -> p.wordsPerSecond() != null && p.cpuSecondsPerMillionWords() != null).toList();
            if (!measured.isEmpty()) {
                addLine(throughput, name, measured, ScalingPoint::wordsPerSecond);
                addLine(cpu, name, measured, ScalingPoint::cpuSecondsPerMillionWords);
            }
        });
        return List.of(throughput, cpu);
    }

    private static XYChart xyChart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        return chart;
    }

    private static void addLine(XYChart chart, String name, List<RunResult.Point> points) {
        if (!points.isEmpty()) {
            chart.addSeries(name, points.stream().mapToDouble(RunResult.Point::seconds).toArray(),
                    points.stream().mapToDouble(RunResult.Point::value).toArray());
        }
    }

    /** A line through {@code points}, each a figure they all have, against the words of the input. */
    private static void addLine(XYChart chart, String name, List<ScalingPoint> points, Function<ScalingPoint, Double> figure) {
        chart.addSeries(name, points.stream().mapToDouble(ScalingPoint::words).toArray(),
                points.stream().mapToDouble(figure::apply).toArray());
    }
}
