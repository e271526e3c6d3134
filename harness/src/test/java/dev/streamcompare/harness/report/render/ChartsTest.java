package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.ChartProbe;

/** The section charts: soak, cost as work grows, throughput over time. */
class ChartsTest {

    @Test
    void soakLinesAreInTheirEnginesColoursAndItsLatencyGetsACdfPerJob() {
        List<SoakResult> soak = List.of(soak(Job.STATEFUL, Engine.FLINK), soak(Job.STATEFUL, Engine.SPARK_STRUCTURED));

        List<XYChart> charts = Charts.soak(soak);

        assertThat(charts).extracting(XYChart::getTitle).containsExactly("Soak: RSS of the child's process tree over time",
                "Soak: end-to-end latency of each marker over time",
                "Latency distribution, stateful: share of markers at or below each latency");
        charts.forEach(chart -> chart.getSeriesMap().values().forEach(s -> assertThat(s.getLineColor()).as(s.getName())
                .isEqualTo(EngineColours.of(s.getName().substring(s.getName().indexOf(' ') + 1)))));
    }

    @Test
    void scalingLinesOfOneEngineShareItsColourAndDifferInPatternByJob() {
        List<ScalingPoint> points = List.of(point(Job.FILE, 1_000_000, 2e6), point(Job.FILE, 8_000_000, 3e6),
                point(Job.SOCKET, 1_000_000, 1e6), point(Job.SOCKET, 8_000_000, 1.5e6));

        XYChart throughput = Charts.scaling(points).get(0);

        List<XYSeries> lines = List.copyOf(throughput.getSeriesMap().values());
        assertThat(lines).extracting(XYSeries::getLineColor).containsOnly(EngineColours.of("flink"));
        assertThat(lines.get(0).getLineStyle()).isNotEqualTo(lines.get(1).getLineStyle());
        assertThat(lines.get(0).getMarker()).isNotEqualTo(lines.get(1).getMarker());
        assertThat(throughput.getYAxisTitle()).isEqualTo("M words/s");
        assertThat(throughput.getXAxisTitle()).isEqualTo("M words in the input");
        assertThat(ChartProbe.yTickLabels(throughput)).noneMatch(label -> label.contains("E"));
        assertThat(ChartProbe.xTickLabels(throughput)).noneMatch(label -> label.contains("E"));
    }

    @Test
    void aBatchsRateIsItsWordsOverTheTimeSinceThePublishBefore() {
        List<RunResult.Point> wordsSoFar = List.of(new RunResult.Point(10, 0), new RunResult.Point(12, 4e6),
                new RunResult.Point(12, 4e6), new RunResult.Point(13, 7e6));

        assertThat(Charts.rates(wordsSoFar)).containsExactly(new RunResult.Point(12, 2e6), new RunResult.Point(13, 3e6));
        assertThat(Charts.rates(null)).isEmpty();
    }

    @Test
    void throughputOverTimeIsAChartPerJobALinePerRunInItsEnginesColour() {
        RunResult flink = LatencyChartsTest.run(Job.FILE, Engine.FLINK, false);
        RunResult spark = LatencyChartsTest.run(Job.FILE, Engine.SPARK, false);
        List<RunResult.Point> published = List.of(new RunResult.Point(5, 0), new RunResult.Point(7, 1.4e7));

        List<XYChart> charts = Charts.throughputOverTime(List.of(flink, spark), r -> r == flink ? published : List.of());

        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getSeriesMap().values()).extracting(XYSeries::getName).containsExactly("flink run 1");
        assertThat(charts.get(0).getSeriesMap().get("flink run 1").getLineColor()).isEqualTo(EngineColours.of("flink"));
        assertThat(charts.get(0).getSeriesMap().get("flink run 1").getYData()).containsExactly(7.0);
        assertThat(charts.get(0).getYAxisTitle()).isEqualTo("M words/s");
    }

    private static SoakResult soak(Job job, Engine engine) {
        RunResult run = LatencyChartsTest.run(job, engine, true);
        RunResult.Timeline t = new RunResult.Timeline(List.of(new RunResult.Point(1, 500), new RunResult.Point(2, 510)), List.of(),
                run.timeline().latencyMs());
        RunResult withRss = new RunResult(run.identity(), 1, run.verdict(), run.throughput(), run.latency(), run.resources(), 0,
                "log", t);
        return new SoakResult(run.identity(), 1, 1000, withRss, null);
    }

    private static ScalingPoint point(Job job, long words, double wordsPerSecond) {
        return new ScalingPoint(Identity.of(job, Engine.FLINK), 1, words, 2, true, wordsPerSecond, 10.0);
    }
}
