package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.report.Verdict;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.ChartProbe;

/** Latency as a distribution: percentiles per job and engine, and a CDF where each marker's latency was kept. */
class LatencyChartsTest {

    @Test
    void thePercentileChartHasABarPerEngineInItsColourAndSaysHowToReadIt() {
        CategoryChart chart = LatencyCharts.percentiles(SampleRows.rows().stream().filter(r -> r.latencyMs().p50() != null).toList());

        assertThat(chart.getSeriesMap().keySet()).containsExactly("flink", "flink-tuned", "spark", "spark-tuned", "spark-structured");
        chart.getSeriesMap().values().forEach(s -> assertThat(s.getFillColor()).isEqualTo(EngineColours.of(s.getName())));
        assertThat(chart.getXAxisTitle()).contains("p50", "p95", "p99", "max", "medians of the runs' percentiles");
        assertThat(chart.getYAxisTitle()).isEqualTo("ms");
        assertThat(chart.getStyler().getYAxisMax()).as("up to the highest max").isEqualTo(4377.0);
        assertThat(ChartProbe.yTickLabels(chart)).contains("4,000").noneMatch(label -> label.contains("E"));
    }

    @Test
    void aCdfLineRunsFromTheLeastSampleAtItsShareToTheGreatestAtAHundredPercent() {
        List<RunResult.Point> samples = IntStream.rangeClosed(1, 1000).mapToObj(i -> new RunResult.Point(i, 1001 - i)).toList();

        double[][] line = LatencyCharts.cdfLine(samples);

        assertThat(line[0]).hasSize(LatencyCharts.CDF_POINTS);
        assertThat(line[0][0]).isEqualTo(1.0);
        assertThat(line[1][0]).isEqualTo(0.1);
        assertThat(line[0][LatencyCharts.CDF_POINTS - 1]).isEqualTo(1000.0);
        assertThat(line[1][LatencyCharts.CDF_POINTS - 1]).isEqualTo(100.0);
        assertThat(line[0]).isSorted();
        assertThat(line[1]).isSorted();
    }

    @Test
    void aFewSamplesAreEachAPointOfTheCdf() {
        double[][] line = LatencyCharts.cdfLine(List.of(new RunResult.Point(1, 300), new RunResult.Point(2, 100)));

        assertThat(line[0]).containsExactly(100.0, 300.0);
        assertThat(line[1]).containsExactly(50.0, 100.0);
    }

    @Test
    void aCdfChartPerJobWhoseRunsKeptEachMarkersLatencyInTheEnginesColours() {
        List<RunResult> runs = List.of(run(Job.STATEFUL, Engine.FLINK, true), run(Job.STATEFUL, Engine.SPARK, true),
                run(Job.SOCKET, Engine.FLINK, false));

        List<XYChart> charts = LatencyCharts.cdf(runs);

        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getTitle()).contains("stateful");
        assertThat(charts.get(0).getSeriesMap().values()).extracting(XYSeries::getName).containsExactly("flink", "spark");
        charts.get(0).getSeriesMap().values().forEach(s -> assertThat(s.getLineColor()).isEqualTo(EngineColours.of(s.getName())));
    }

    /** A run of {@code job} on {@code engine}, with a timeline of 200 markers' latencies or none. */
    static RunResult run(Job job, Engine engine, boolean timeline) {
        List<RunResult.Point> latencies = IntStream.range(0, 200).mapToObj(i -> new RunResult.Point(i * 0.25, 1000 + i)).toList();
        return new RunResult(Identity.of(job, engine), 1, new Verdict(true, null, 0, 10, 10, RunResult.Differences.NONE), Throughput.NONE, Latency.NONE,
                Resources.NONE, 0, "log", timeline ? new RunResult.Timeline(List.of(), List.of(), latencies) : null);
    }
}
