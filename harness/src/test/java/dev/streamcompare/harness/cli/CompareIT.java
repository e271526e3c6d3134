package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Conditions;
import dev.streamcompare.harness.report.SteadySlope;
import dev.streamcompare.harness.report.Summary;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.Subject;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.scenario.PeerIT;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./compare.sh end to end, from the packaged job jars. */
class CompareIT {

    @TempDir
    Path reports;

    private record Outcome(int exit, String out, String err) {}

    /** Words of the seed, from the committed Python oracle: independent of the reference counter the harness uses. */
    /** Words per second of a max-rate phase from its own fields: its steady slope's, or first byte → completing batch's. */
    private static double phaseRate(RunResult.Phase phase) {
        SteadySlope slope = phase.steadySlope();
        return slope != null ? slope.words() / slope.seconds() : phase.words() / phase.seconds();
    }

    private static long seedWords() throws Exception {
        return BatchFiles.read(ProjectHome.seedOracle()).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A streaming job's throughput no healthy engine misses: the quick input's 535,952 words published within 54 s of the
     * first byte (the batch job's and the baseline's figures include their start-up, and get no such floor).
     */
    private static final double HEALTHY_WORDS_PER_SECOND = 10_000;

    /** At most this many words of an input are the harness's own (sentinels, markers, probes), not the seed's. */
    private static final long HARNESS_WORDS = 10_000;

    /** A launcher that starts {@code main} (a broken job of the tests) in place of every job. */
    private static JobLauncher launching(Class<?> main) {
        return (engine, job, args, jvmOptions) -> {
            List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    main.getName()));
            command.addAll(args);
            return command;
        };
    }

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
            // Stateful runs: the checkpoint folder's size; the checkpoints each engine reports (DStreams none).
            if (run.identity().subject() instanceof Subject.EngineJob engineJob && engineJob.job().stateful()) {
                assertThat(run.resources().state().checkpointBytes()).as(run.identity() + " checkpoint folder").isPositive();
                if (engineJob.engine() == Engine.SPARK) {
                    assertThat(run.resources().state().checkpoints()).as(run.identity() + " checkpoints").isNull();
                } else {
                    assertThat(run.resources().state().checkpoints()).as(run.identity() + " checkpoints").isPositive();
                }
            } else {
                assertThat(run.resources().state()).as(run.identity() + " state").isNull();
            }
        });
        // Structured Streaming's socket source cannot take a backlog: its socket jobs have no max-rate phase.
        long inputWords = 2 * seedWords(); // --quick: the seed twice
        assertThat(report.findings().runs()).allSatisfy(run -> {
            boolean noBacklog = run.identity().subject() instanceof Subject.EngineJob engineJob
                    && engineJob.engine() == Engine.SPARK_STRUCTURED && Set.of(Job.SOCKET, Job.STATEFUL).contains(engineJob.job());
            Double throughput = run.throughput().wordsPerSecond();
            assertThat(throughput == null).as(run.identity() + " has no throughput").isEqualTo(noBacklog);
            if (throughput != null && run.identity().subject().streaming()) {
                RunResult.Phase phase = run.throughput().maxRatePhase();
                assertThat(phase.words()).as(run.identity() + ": the timed words are the input's (by the oracle), and at most a "
                        + "few of the harness's own").isBetween(inputWords, inputWords + HARNESS_WORDS);
                assertThat(throughput).as(run.identity() + ": words / seconds of its phase")
                        .isCloseTo(phaseRate(phase), withinPercentage(1e-6))
                        .isGreaterThan(HEALTHY_WORDS_PER_SECOND);
            }
        });
        assertThat(report.setup().input().expectedCounts().checked()).as("the expected counts checked against the oracle").isTrue();
        // The batch job's whole result, every word, against the input's: the oracle's words twice.
        assertThat(report.findings().runs()).filteredOn(run -> run.identity().job().equals("batch")).hasSize(3).allSatisfy(run -> {
            assertThat(run.verdict().wordsExpected()).as("the input's words by the oracle, and its pieces' sentinels")
                    .isBetween(inputWords, inputWords + HARNESS_WORDS);
            assertThat(run.verdict().wordsCounted()).isEqualTo(run.verdict().wordsExpected());
            assertThat(run.verdict().differences()).isEqualTo(RunResult.Differences.NONE);
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
    void findSustainableProbesEachVariantAndReportsTheHighestKeptUpAsALowerBoundWhenTheProbeLimitStopsIt() throws Exception {
        Outcome outcome = compare(new CompareCli(), "--find-sustainable", "--jobs", "socket", "--engines", "flink", "--variant", "both",
                "--no-baseline", "--no-peer", "--repeat", "1", "--fixed-seconds", "1", "--rate", "2000", "--sustain-seconds", "3",
                "--sustain-probes", "2", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isZero();
        Path folder = reports.resolve("latest").toRealPath();
        Report report = Report.read(folder);
        // Words per fixed-rate line: the seed's words (the oracle's) over its lines.
        double wordsPerLine = (double) seedWords() / Files.readAllLines(ProjectHome.seedText()).size();
        assertThat(report.findings().sustainable()).extracting(result -> result.identity().engine())
                .containsExactly("flink", "flink-tuned");
        assertThat(report.findings().sustainable()).allSatisfy(result -> {
            assertThat(result.probes()).extracting(SustainableProbe::linesPerSecond).containsExactly(2000, 4000);
            assertThat(result.probes()).allSatisfy(probe -> {
                assertThat(probe.sustained()).as(probe.reason()).isTrue();
                assertThat(probe.latencyMaxMs()).as("kept up: every marker within 3 batch intervals").isLessThanOrEqualTo(6000.0);
            });
            assertThat(result.linesPerSecond()).isEqualTo(4000);
            assertThat(result.wordsPerSecond()).isCloseTo(4000 * wordsPerLine, withinPercentage(1e-6));
            assertThat(result.fellBehindAtLinesPerSecond()).as("no probe fell behind").isNull();
            assertThat(result.probeLimitReached()).isTrue();
        });
        assertThat(Files.readString(folder.resolve("report.md"))).contains("## Sustainable rate", "| socket | flink | ≥ 4,000 |",
                "| socket | flink-tuned | ≥ 4,000 |");
    }

    @Test
    void aJobThatDropsWordsIsReportedWrongWithNoFigureAndTheExitCodeIsNonZero() throws Exception {
        CompareCli cli = new CompareCli();
        cli.launcher = launching(DroppingSocketWordCount.class);
        Outcome outcome = compare(cli, "--jobs", "socket", "--engines", "flink", "--no-baseline", "--repeat", "1",
                "--fixed-seconds", "2", "--timeout", "20", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isEqualTo(1);
        assertThat(outcome.out()).contains("SOME RUNS ARE WRONG OR FAILED", "WRONG");
        Report report = Report.read(reports.resolve("latest").toRealPath());
        RunResult run = report.findings().runs().get(0);
        assertThat(run.correct()).isFalse();
        assertThat(run.failure()).as("its clock never stops: the words it dropped never come").contains("phase", "published");
        assertThat(run.verdict().wordsCounted()).isPositive().isLessThan(run.verdict().wordsExpected());
        assertThat(run.verdict().differences().different()).as("words counted, but less often than sent").isPositive();
        assertThat(Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond())).singleElement()
                .satisfies(row -> assertThat(row.throughput().median()).as("no figure from a wrong run").isNull());
    }

    @Test
    void aJobThatCountsEveryWordTwiceIsReportedWrongWithNoFigureAndTheExitCodeIsNonZero() throws Exception {
        CompareCli cli = new CompareCli();
        cli.launcher = launching(DoublingSocketWordCount.class);
        Outcome outcome = compare(cli, "--jobs", "socket", "--engines", "flink", "--no-baseline", "--repeat", "1",
                "--fixed-seconds", "2", "--timeout", "20", "--out", reports.toString());

        assertThat(outcome.exit()).as(outcome.out() + outcome.err()).isEqualTo(1);
        assertThat(outcome.out()).contains("SOME RUNS ARE WRONG OR FAILED", "WRONG");
        Report report = Report.read(reports.resolve("latest").toRealPath());
        RunResult run = report.findings().runs().get(0);
        assertThat(run.correct()).isFalse();
        assertThat(run.verdict().differences().different()).as("words counted, but not as often as sent").isPositive();
        // Every word it reads is counted twice: its totals pass the words sent before the harness has sent them all,
        // and the run fails on the over-count then and there, with no figure.
        assertThat(run.failure()).as("an over-count ends the run").contains("more than the").contains("counted twice");
        assertThat(run.verdict().wordsCounted()).isGreaterThan(0);
        assertThat(run.throughput().wordsPerSecond()).isNull();
        assertThat(Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond())).singleElement()
                .satisfies(row -> assertThat(row.throughput().median()).as("no figure from a wrong run, however fast").isNull());
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
        assertThat(outcome.out()).contains("Reference rate: ", "| stateful | flink-tuned |", "| stateful | spark-tuned |")
                .as("the project's development goal is not the user's: docs/performance.md only").doesNotContain("Goal:");
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
        // Each row's ratio against one computed here from its run's own phase (the slope's words and seconds, or the whole
        // phase's) and the reference measurement the run names, not from the figure the ratio was made of.
        long inputWords = 2 * seedWords();
        Map<String, RunResult> byEngine = findings.runs().stream()
                .collect(java.util.stream.Collectors.toMap(run -> run.identity().engine(), run -> run));
        assertThat(Summary.of(findings.runs(), findings.referenceRateWordsPerSecond())).hasSize(4).allSatisfy(row -> {
            RunResult run = byEngine.get(row.identity().engine());
            RunResult.Phase phase = run.throughput().maxRatePhase();
            assertThat(phase.words()).isBetween(inputWords, inputWords + HARNESS_WORDS);
            assertThat(row.ratioToReference()).as(row.identity().engine())
                    .isCloseTo(phaseRate(phase) / run.conditions().referenceWordsPerSecond(), withinPercentage(1e-6));
            assertThat(row.throughput().median()).isGreaterThan(HEALTHY_WORDS_PER_SECOND);
        });
    }
}
