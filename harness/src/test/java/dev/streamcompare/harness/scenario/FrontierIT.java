package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.cli.CompareCli;
import dev.streamcompare.harness.report.FrontierPoint;
import dev.streamcompare.harness.report.FrontierSummary;
import dev.streamcompare.harness.report.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frontier end to end, from the packaged Flink jobs, CI-sized: {@code ./compare.sh --frontier
 * --quick --engines flink --jobs stateful --frontier-ms 200}, the stateful job in batches and per
 * record at 200 ms (a minute, within the CI's budget). The whole {@code --frontier --quick} (socket on every engine,
 * stateful on Flink, three intervals) takes about 7 minutes; its figures are in docs/performance.md.
 */
class FrontierIT {

    @TempDir
    static Path reports;

    private static String console;
    private static int exit;
    private static Report report;

    @BeforeAll
    static void runOnce() throws Exception {
        StringWriter out = new StringWriter();
        exit = CompareCli.commandLine(new CompareCli()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                .execute("--frontier", "--quick", "--engines", "flink", "--jobs", "stateful", "--frontier-ms", "200",
                        "--out", reports.toString());
        console = out.toString();
        report = Report.read(reports.resolve("latest").toRealPath());
    }

    @Test
    void everyPointIsCorrectWithASustainedRateAndItsLatency() {
        assertThat(exit).as(console).isZero();
        List<FrontierPoint> points = report.findings().frontier();
        assertThat(points).extracting(p -> p.identity().engine() + " " + p.intervalMs())
                .containsExactly("flink 200", "flink-per-record 200");
        assertThat(points).allSatisfy(p -> {
            assertThat(p.correct()).as(p.identity() + " " + p.intervalMs() + ": " + p.failure()).isTrue();
            assertThat(p.sustainable().linesPerSecond()).as(p.identity() + " " + p.intervalMs()).isPositive();
            assertThat(p.latencyLinesPerSecond()).isEqualTo((int) Math.round(p.sustainable().linesPerSecond() * FrontierPoint.SHARE));
            assertThat(p.latency().markersFound()).as("3 s of markers every 25 ms").isEqualTo(p.latency().markersSent())
                    .isGreaterThanOrEqualTo(100);
            // Whether the latency phase at 80 % kept up is a measurement, not a behaviour: on a loaded machine it can
            // fall behind, and is then reported so and left out of the summary (FrontierSummaryTest).
            assertThat(p.p99Ms()).as("a p99 from 100 markers or more").isNotNull();
        });
    }

    /** The batches' latency is bounded below by the batch: a marker waits for its batch to end, half of one on average. */
    @Test
    void latencyInBatchesIsAtLeastHalfAnIntervalAtTheMedian() {
        assertThat(report.findings().frontier()).filteredOn(p -> p.identity().engine().equals("flink"))
                .allSatisfy(p -> assertThat(p.p50Ms()).as(p.identity() + " " + p.intervalMs()).isGreaterThanOrEqualTo(p.intervalMs() / 2.0));
    }

    @Test
    void theReportShowsTheChartTheTwoFiguresAndThePoints() throws Exception {
        Path folder = reports.resolve("latest").toRealPath();
        String html = Files.readString(folder.resolve("report.html"));
        String md = Files.readString(folder.resolve("report.md"));
        assertThat(html).contains("<img alt=\"Latency against throughput: p99");
        assertThat(md).contains("## Latency against throughput")
                .contains("lowest p99 measured at ≥ " + String.format("%,d", FrontierSummary.STATED_LINES_PER_SECOND) + " lines/s, ms")
                .contains("highest lines/s with p99 ≤ 1000 ms");
        assertThat(console).contains("## Latency against throughput").contains("| stateful | flink-per-record | 200 |");
    }
}
