package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/** The summary's throughput over time: a chart per job from its runs' words published, none for reports without them. */
class ThroughputOverTimeTest {

    private static final String TITLE = "Throughput over time";

    @TempDir
    Path folder;

    @Test
    void aChartPerJobALinePerRunInItsEnginesColourInWordsPerSecond() throws IOException {
        List<RunResult> runs = List.of(published(Job.SOCKET, Engine.FLINK, 1), published(Job.SOCKET, Engine.FLINK, 2),
                published(Job.SOCKET, Engine.SPARK_STRUCTURED, 1), published(Job.FILE, Engine.SPARK, 1),
                LatencyChartsTest.run(Job.FILE, Engine.FLINK, false));

        List<XYChart> charts = throughputCharts(report(runs));

        assertThat(charts).extracting(XYChart::getTitle).hasSize(2).allMatch(t -> t.startsWith(TITLE))
                .anyMatch(t -> t.contains("socket")).anyMatch(t -> t.contains("file"));
        XYChart socket = charts.get(0);
        assertThat(socket.getSeriesMap().keySet()).containsExactly("flink run 1", "flink run 2", "spark-structured run 1");
        socket.getSeriesMap().values().forEach(s -> assertThat(s.getLineColor()).as(s.getName())
                .isEqualTo(EngineColours.of(s.getName().substring(0, s.getName().indexOf(" run")))));
        assertThat(charts.get(1).getSeriesMap().keySet()).as("a run without words published is left out")
                .containsExactly("spark run 1");
        assertThat(socket.getYAxisTitle()).isEqualTo("M words/s");
        assertThat(socket.getXAxisTitle()).startsWith("s ");
        assertThat(socket.getSeriesMap().get("flink run 1").getYData()).containsExactly(2.0, 3.0);
    }

    @Test
    void anOldReportWithoutWordsPublishedReadsAndRendersWithoutTheCharts() throws IOException {
        Report old = RenderFixtures.full(folder);

        assertThat(old.findings().runs()).isNotEmpty().allMatch(r -> Sections.wordsPublished(r) == null);
        assertThat(throughputCharts(old)).isEmpty();
        ReportWriter.write(old, folder);
        assertThat(Files.readString(folder.resolve("report.html"))).doesNotContain(TITLE);
    }

    /** A run that published 2 M words in its first 1 s after the first batch, 3 M in the next. */
    private static RunResult published(Job job, Engine engine, int run) {
        RunResult r = LatencyChartsTest.run(job, engine, false);
        List<RunResult.Point> words = List.of(new RunResult.Point(4, 1e6), new RunResult.Point(5, 3e6), new RunResult.Point(6, 6e6));
        return new RunResult(r.identity(), run, r.verdict(), r.throughput(), r.latency(), r.resources(), 0, "log",
                RunResult.Timeline.ofWordsPublished(words));
    }

    private static Report report(List<RunResult> runs) {
        return new Report("2026-12-03T05:00:00Z", "./compare.sh", new Report.Setup(null, Map.of(), Map.of(), null, Map.of()),
                new Report.Findings(runs, List.of(), List.of(), List.of(), null, List.of(), null));
    }

    /** The summary section's charts titled throughput over time. */
    private static List<XYChart> throughputCharts(Report report) throws IOException {
        Section summary = Sections.summary(report, Summary.of(report.findings().runs(), null));
        List<XYChart> charts = new ArrayList<>();
        for (Section.Part part : summary.parts()) {
            if (part instanceof Section.Figures figures) {
                for (Chart<?, ?> chart : figures.charts().charts()) {
                    if (chart instanceof XYChart xy && xy.getTitle().startsWith(TITLE)) {
                        charts.add(xy);
                    }
                }
            }
        }
        return charts;
    }
}
