package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Conditions;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.Subject;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.scenario.PeerIT;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./compare.sh end to end, from the packaged job jars. */
class CompareIT {

    @TempDir
    Path reports;

    private record Outcome(int exit, String out, String err) {}

    private static Outcome compare(CompareCli cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CompareCli.commandLine(cli);
        int exit = commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void quickRunReportsEveryJobOnEveryEngineCorrectWithItsFigures() throws Exception {
        Outcome outcome = compare(new CompareCli(), "--quick", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isZero();
        assertThat(outcome.out()).contains("Every run correct.", "| socket | flink |", "| stateful | spark |",
                "| file | spark-structured |");
        Path folder = reports.resolve("latest").toRealPath();
        Report report = Report.read(folder);
        // The baseline, then the seed's four jobs on the three engines.
        assertThat(report.findings().runs()).hasSize(1 + 4 * 3).allSatisfy(run -> {
            assertThat(run.correct()).as(run.identity() + ": " + run.failure() + " " + run.verdict().differences()).isTrue();
            assertThat(run.resources().cpuSeconds()).isPositive();
            assertThat(run.resources().peakRssBytes()).isPositive();
            assertThat(folder.resolve(run.log())).isRegularFile();
        });
        // Structured Streaming's socket source cannot take a backlog: its socket jobs have no max-rate phase.
        assertThat(report.findings().runs()).allSatisfy(run -> {
            boolean noBacklog = run.identity().subject() instanceof Subject.EngineJob engineJob
                    && engineJob.engine() == Engine.SPARK_STRUCTURED && Set.of(Job.SOCKET, Job.STATEFUL).contains(engineJob.job());
            Double throughput = run.throughput().wordsPerSecond();
            assertThat(throughput == null).as(run.identity() + " has no throughput").isEqualTo(noBacklog);
            assertThat(throughput == null || throughput > 0).as(run.identity() + " throughput positive").isTrue();
        });
        assertThat(report.findings().runs()).filteredOn(run -> run.identity().subject().streaming())
                .hasSize(3 * 3).allSatisfy(run -> {
                    assertThat(run.latency().markersSent()).isPositive();
                    assertThat(run.latency().markersFound()).as("every marker found").isEqualTo(run.latency().markersSent());
                    assertThat(run.latency().endToEndMs().p50()).isPositive();
                    assertThat(run.resources().startupMs()).isPositive();
                    assertThat(run.verdict().exitCode()).isZero();
                });
        assertThat(report.setup().input().text().sha256()).hasSize(64);
        // --quick leaves the peer out (PeerIT runs it).
        assertThat(report.findings().peer()).isNull();
        String html = Files.readString(folder.resolve("report.html"));
        assertThat(html.split("src=\"data:image/png;base64,", -1)).as("embedded charts").hasSizeGreaterThanOrEqualTo(1 + 5);
        assertThat(Files.readString(folder.resolve("report.md"))).contains("## How each figure is measured");

        // report DIR renders again from report.json alone.
        Files.delete(folder.resolve("report.md"));
        CliRun again = CliRun.of("report", folder.toString());
        assertThat(again.exit()).isZero();
        assertThat(folder.resolve("report.md")).isRegularFile();
    }

    @Test
    void findSustainableProbesRatesAndReportsTheHighestKeptUp() throws Exception {
        Outcome outcome = compare(new CompareCli(), "--find-sustainable", "--jobs", "socket", "--engines", "flink",
                "--no-baseline", "--no-peer", "--repeat", "1", "--fixed-seconds", "1", "--rate", "2000", "--sustain-seconds", "3",
                "--sustain-probes", "2", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isZero();
        Path folder = reports.resolve("latest").toRealPath();
        Report report = Report.read(folder);
        assertThat(report.findings().sustainable()).singleElement().satisfies(result -> {
            assertThat(result.probes()).extracting(SustainableProbe::linesPerSecond).containsExactly(2000, 4000);
            assertThat(result.probes()).allSatisfy(probe -> assertThat(probe.sustained()).as(probe.reason()).isTrue());
            assertThat(result.linesPerSecond()).isEqualTo(4000);
            assertThat(result.wordsPerSecond()).isGreaterThan(4000.0);
        });
        assertThat(Files.readString(folder.resolve("report.md"))).contains("## Sustainable rate", "| socket | flink | 4,000 |");
    }

    @Test
    void aJobThatDropsWordsIsReportedWrongAndTheExitCodeIsNonZero() throws Exception {
        CompareCli cli = new CompareCli();
        cli.launcher = (engine, job, args, jvmOptions) -> {
            List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    DroppingSocketWordCount.class.getName()));
            command.addAll(args);
            return command;
        };
        Outcome outcome = compare(cli, "--jobs", "socket", "--engines", "flink", "--no-baseline", "--repeat", "1",
                "--fixed-seconds", "2", "--timeout", "20", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isEqualTo(1);
        assertThat(outcome.out()).contains("SOME RUNS ARE WRONG OR FAILED", "WRONG");
        RunResult run = Report.read(reports.resolve("latest").toRealPath()).findings().runs().get(0);
        assertThat(run.correct()).isFalse();
        assertThat(run.verdict().wordsCounted()).isLessThan(run.verdict().wordsExpected());
        assertThat(run.verdict().differences().first()).isNotEmpty();
    }

    @Test
    void scalingReportsThroughputAndCpuPerMillionWordsAtEachSize() throws Exception {
        Outcome outcome = compare(new CompareCli(), "--scaling", "--quick", "--jobs", "socket", "--engines", "flink",
                "--variant", "both", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isZero();
        Report report = Report.read(reports.resolve("latest").toRealPath());
        assertThat(report.findings().runs()).isEmpty();
        assertThat(report.findings().scaling()).extracting(ScalingPoint::repeat).containsExactly(1, 1, 2, 2, 5, 5);
        assertThat(report.findings().scaling()).extracting(point -> point.identity().engine()).containsOnly("flink", "flink-tuned");
        assertThat(report.findings().scaling()).allSatisfy(point -> {
            assertThat(point.correct()).isTrue();
            assertThat(point.wordsPerSecond()).isPositive();
            assertThat(point.cpuSecondsPerMillionWords()).isPositive();
            assertThat(point.words()).as("the seed's words × repeat, and a sentinel word per piece")
                    .isEqualTo(267_976L * point.repeat() + Math.max(Workload.MIN_PIECES, point.repeat()));
        });
        assertThat(Files.readString(reports.resolve("latest").resolve("report.html"))).contains("Cost as work grows: throughput");
    }

    @Test
    void tunedVariantsRunBesideTheFaithfulOnesAndEveryThroughputIsARatioToTheReferenceRate() throws Exception {
        Outcome outcome = compare(new CompareCli(), "--quick", "--jobs", "stateful", "--variant", "both", "--no-baseline",
                "--engines", "flink,spark", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isZero();
        assertThat(outcome.out()).contains("Reference rate: ", "| stateful | flink-tuned |", "| stateful | spark-tuned |",
                "Goal: every tuned streaming job at 0.5 × the reference rate or more. ");
        Report report = Report.read(reports.resolve("latest").toRealPath());
        Report.Findings findings = report.findings();
        assertThat(findings.referenceRateWordsPerSecond()).isGreaterThan(1e5);
        assertThat(findings.runs()).extracting(run -> run.identity().engine()).containsExactly("flink", "flink-tuned", "spark", "spark-tuned");
        assertThat(findings.referenceRates()).extracting(ReferenceMeasurement::when)
                .containsExactly("before the first run", "after stateful, round 1 of 1");
        assertThat(findings.referenceRates()).allSatisfy(m -> assertThat(m.loadAverage()).isNotNull());
        assertThat(findings.runs()).allSatisfy(run -> {
            Conditions conditions = run.conditions();
            assertThat(conditions.referenceWordsPerSecond()).as("the rate of the measurement the run names")
                    .isEqualTo(findings.referenceRates().get(conditions.reference() - 1).wordsPerSecond());
            assertThat(conditions.loadAverageAtStart()).isNotNull();
            assertThat(conditions.loadAverageAtEnd()).isNotNull();
            assertThat(conditions.slots()).startsWith(run.identity().engine().startsWith("flink") ? "parallelism" : "local[");
        });
        assertThat(findings.runs().get(0).conditions().reference()).as("the first run, nearer the first measurement").isEqualTo(1);
        assertThat(findings.runs().get(3).conditions().reference()).as("the last run, nearer the second").isEqualTo(2);
    }
}
