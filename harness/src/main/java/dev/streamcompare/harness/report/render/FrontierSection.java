package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.FrontierPoint;
import dev.streamcompare.harness.report.FrontierSummary;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** The latency–throughput frontier ({@code --frontier}): what it shows, its two figures per line, its points and its chart. */
final class FrontierSection {

    static final String TEXT = "Per job, engine and variant, and batch interval: one run, in a JVM of its own. After a 2 s "
            + "warm-up at half the start rate (not judged), the highest fixed rate kept up with at that interval: probes "
            + "within the same job, each at least 4 s and ten intervals long, kept up with when all its words are published, "
            + "and every marker of it found, within 3 batch intervals (never less than 1 s) of their scheduled time. So a "
            + "probe that leaves a backlog of more than the bound less the usual latency fails; at ten intervals, an "
            + "overload of more than about 15 %. Doubling from --rate (or from the rate the line kept up with at the "
            + "longer interval before), then bisection to within 15 %; ≥: the probe limit stopped the search, so the "
            + "ceiling is higher. After a probe that fell behind, the next waits until every word is out. Then the "
            + "end-to-end latency of markers every " + FrontierPoint.MARKER_EVERY_MILLIS + " ms at "
            + Math.round(FrontierPoint.SHARE * 100) + " % of the rate found. Latency runs from each marker's scheduled time "
            + "to the harness seeing the batch file holding it, so a sender held back by the job counts against the job. "
            + "A latency phase that fell behind is shown as such and left off the chart and the summary. The per-record "
            + "variant (Flink's stateful jobs) publishes the changed counts every interval instead of the whole state once "
            + "a batch. Flink runs with its buffer timeout at a quarter of the interval below 400 ms (its default, 100 ms, "
            + "above).";

    static final String SUMMARY_TEXT = "Lowest p99: the lowest p99 among the points whose latency was measured at "
            + Format.count(FrontierSummary.STATED_LINES_PER_SECOND) + " lines/s or more (each at "
            + Math.round(FrontierPoint.SHARE * 100) + " % of its own sustained rate, not at the stated rate itself). Highest "
            + "rate: the highest rate a latency was measured at with p99 ≤ " + Format.whole(FrontierSummary.P99_BOUND_MS)
            + " ms. Both from points whose run was correct and whose latency phase kept up; where that point's search "
            + "was stopped by the probe limit (≥ in the points below), the line may keep up with more.";

    private FrontierSection() {}

    static Table summary(List<FrontierPoint> points) {
        return new Table(List.of("job", "engine", "lowest p99 measured at ≥ " + Format.count(FrontierSummary.STATED_LINES_PER_SECOND)
                        + " lines/s, ms", "at interval, ms", "highest lines/s with p99 ≤ " + Format.whole(FrontierSummary.P99_BOUND_MS)
                        + " ms", "its p99, ms", "at interval, ms"),
                FrontierSummary.of(points).stream().map(s -> List.of(s.identity().job(), s.identity().engine(),
                        s.lowestP99() == null ? NONE : Format.whole(s.lowestP99().p99Ms()),
                        s.lowestP99() == null ? NONE : Format.count(s.lowestP99().intervalMs()),
                        s.highestRate() == null ? NONE : Format.count(s.highestRate().latencyLinesPerSecond()),
                        s.highestRate() == null ? NONE : Format.whole(s.highestRate().p99Ms()),
                        s.highestRate() == null ? NONE : Format.count(s.highestRate().intervalMs()))).toList());
    }

    static Table points(List<FrontierPoint> points) {
        return new Table(List.of("job", "engine", "interval, ms", "Flink buffer, ms", "sustained, lines/s", "fell behind at, lines/s", "latency at, lines/s",
                "p50, ms", "p99, ms", "max, ms", "markers (batches)", "correct", "probes (lines/s: kept up?)"),
                points.stream().map(p -> List.of(p.identity().job(), p.identity().engine(), Format.count(p.intervalMs()),
                        p.flinkBufferMs() == null ? NONE : Format.count(p.flinkBufferMs()), sustained(p.sustainable()), p.sustainable() == null || p.sustainable().fellBehindAtLinesPerSecond() == null ? NONE
                                : Format.count(p.sustainable().fellBehindAtLinesPerSecond()),
                        p.latencyLinesPerSecond() == null ? NONE : Format.count(p.latencyLinesPerSecond())
                                + (p.latencyLinesPerSecond() != null && !p.latencyKeptUp() ? " (fell behind)" : ""),
                        Format.whole(p.p50Ms()),
                        Format.whole(p.p99Ms()), p.latency() == null || p.latency().endToEndMs() == null ? NONE
                                : Format.whole(p.latency().endToEndMs().max()),
                        p.latency() == null || p.latency().markersSent() == 0 ? NONE : p.latency().markersFound() + " of "
                                + p.latency().markersSent() + (p.latency().markerBatches() == null ? ""
                                : " (" + p.latency().markerBatches() + ")"),
                        p.correct() ? "yes" : "**no**: " + p.failure(), probes(p.sustainable()))).toList());
    }

    private static String sustained(SustainableResult r) {
        if (r == null || r.linesPerSecond() == null) {
            return "none";
        }
        return (Boolean.TRUE.equals(r.probeLimitReached()) ? "≥ " : "") + Format.count(r.linesPerSecond());
    }

    private static String probes(SustainableResult r) {
        if (r == null) {
            return NONE;
        }
        return r.probes().stream().map(FrontierSection::probe).collect(Collectors.joining(" "));
    }

    private static String probe(SustainableProbe p) {
        return Format.count(p.linesPerSecond()) + ": " + (p.sustained() ? "yes;" : "no (" + p.reason() + ");");
    }

    /** The section: what it shows, its chart, its summary and its points; null without points. */
    static Section section(Report report) {
        List<FrontierPoint> points = report.findings().frontier();
        if (points == null || points.isEmpty()) {
            return null;
        }
        return Section.titled("Latency against throughput").text(TEXT).charts(() -> List.of(chart(points))).text(SUMMARY_TEXT)
                .table(summary(points)).table(points(points), (row, column) -> !points.get(row).correct() && column == 11).build();
    }

    /**
     * p99 latency against the rate it was measured at, a line per job, engine and variant, the intervals along it; each
     * line in its engine's colour ({@link EngineColours}), lines of one engine apart by their pattern and marker, one per job.
     */
    static XYChart chart(List<FrontierPoint> points) {
        XYChart chart = new XYChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT + 60)
                .title("Latency against throughput: p99 at " + Math.round(FrontierPoint.SHARE * 100) + " % of the rate sustained").xAxisTitle("lines/s (log)").yAxisTitle("p99 latency, ms (log)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        Map<String, List<FrontierPoint>> lines = new LinkedHashMap<>();
        points.stream().filter(FrontierPoint::measured)
                .forEach(p -> lines.computeIfAbsent(p.identity().job() + " " + p.identity().engine(), k -> new ArrayList<>()).add(p));
        List<String> jobs = points.stream().map(p -> p.identity().job()).distinct().toList();
        lines.forEach((name, line) -> {
            // Along the line as the interval shrinks: the path a user takes by shortening the batches.
            List<FrontierPoint> sorted = line.stream().sorted(java.util.Comparator.comparingLong(FrontierPoint::intervalMs).reversed())
                    .toList();
            XYSeries series = chart.addSeries(name + " (" + sorted.stream().map(p -> Long.toString(p.intervalMs()))
                            .collect(Collectors.joining(" → ")) + " ms)",
                    sorted.stream().mapToDouble(FrontierPoint::latencyLinesPerSecond).toArray(),
                    sorted.stream().mapToDouble(FrontierPoint::p99Ms).toArray());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            ChartStyle.engine(series, sorted.get(0).identity().engine(), jobs.indexOf(sorted.get(0).identity().job()));
        });
        return chart;
    }
}
