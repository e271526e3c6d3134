package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.Variant;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.cli.CompareCli;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.RunContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./compare.sh --faults --quick} end to end, from the packaged job jars, once; each test
 * checks one fault of the report, on every engine. And one run that could not pass: a restart that
 * ignores its checkpoint, which must be reported as lost words.
 */
class FaultsIT {

    @TempDir
    static Path reports;

    private static int exit;
    private static String console;
    private static Report report;

    @BeforeAll
    static void runTheFaultsOnce() throws Exception {
        StringWriter out = new StringWriter();
        exit = CompareCli.commandLine(new CompareCli()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                .execute("--faults", "--quick", "--out", reports.toString());
        console = out.toString();
        report = Report.read(reports.resolve("latest").toRealPath());
    }

    private static List<FaultResult> faults(String fault, String job) {
        return report.findings().faults().stream().filter(r -> r.fault().equals(fault) && r.identity().job().equals(job)).toList();
    }

    private static List<FaultResult> ran(String fault, String job) {
        return faults(fault, job).stream().filter(FaultResult::ran).toList();
    }

    /**
     * Every fault passes or is one the engine cannot take, but for a job that ends on its own with
     * a file written in place (seen once from Flink): a finding, which fails the invocation.
     */
    @Test
    void passesAndSaysSo() {
        List<FaultResult> findings = report.findings().faults().stream().filter(r -> r.status() == FaultResult.Status.FINDING).toList();
        assertThat(findings).as(console).allSatisfy(r -> {
            assertThat(r.fault()).isEqualTo("file written in place");
            assertThat(r.logs()).singleElement().satisfies(log -> assertThat(reports.resolve("latest").resolve(log)).isRegularFile());
        });
        assertThat(report.findings().faults()).filteredOn(r -> r.status() != FaultResult.Status.FINDING).as(console)
                .allSatisfy(r -> assertThat(r.status()).as(r.fault() + " " + r.identity() + ": " + r.failure() + " " + r.problems())
                        .isIn(FaultResult.Status.PASS, FaultResult.Status.NOT_RUN));
        assertThat(exit).as(console).isEqualTo(findings.isEmpty() ? 0 : 1);
        assertThat(console).contains("| kill and recover | stateful-file | flink | yes | ");
        assertThat(report.findings().runs()).isEmpty();
    }

    /**
     * File input: killed three times while files still arrive and after some were emptied (their
     * words left only in the checkpoint), the restarted job reading new files each time; nothing
     * lost, nothing counted twice, every file's sentinel counted.
     */
    @Test
    void killAndRecoverOnFileInputLosesNothingThoughOnlyTheCheckpointHoldsPartOfIt() {
        assertThat(faults("kill and recover", "stateful-file")).extracting(r -> r.identity().engine())
                .containsExactly("flink", "spark", "spark-structured");
        assertThat(faults("kill and recover", "stateful-file")).allSatisfy(r -> {
            String engine = r.identity().engine();
            assertThat(r.counts().lost()).as(engine + " lost").isZero();
            assertThat(r.counts().doubled()).as(engine + " counted twice").isZero();
            assertThat(r.counts().piecesLost()).as(engine + " files whose sentinel is missing").isZero();
            assertThat(r.recovery().recoveryMillis()).hasSize(3);
            assertThat(r.recovery().kills()).as(engine + " per kill").hasSize(3).allSatisfy(kill -> {
                assertThat(kill.toComeAtKill()).as("files still to come at the kill").isPositive();
                assertThat(kill.toComeAtFirstBatch()).as("files still to come when the restarted job published").isPositive();
                assertThat(kill.onlyInCheckpoint()).as("files emptied before the kill").isPositive();
            });
            assertThat(r.outcome()).matches("\\d+ of " + FileKillInput.PIECES + " files emptied once counted and checkpointed");
            assertThat(r.logs()).hasSize(4);
        });
    }

    /**
     * Socket input cannot be replayed: what each kill lost stays within what was written after the
     * checkpoint it went back to, a bound worked out from outside that is well short of the input.
     */
    @Test
    void killAndRecoverOnSocketInputLosesNoMoreThanItsCheckpointsAllow() throws Exception {
        assertThat(faults("kill and recover", "stateful")).filteredOn(r -> r.identity().engine().equals("spark-structured"))
                .singleElement().satisfies(r -> assertThat(r.outcome()).startsWith("not run: ").contains("cannot resume"));
        assertThat(ran("kill and recover", "stateful")).extracting(r -> r.identity().engine()).containsExactly("flink", "spark");
        assertThat(ran("kill and recover", "stateful")).allSatisfy(r -> {
            String engine = r.identity().engine();
            assertThat(r.counts().lossBound()).as(engine + " bound").isNotNull().isLessThan(r.counts().wordsExpected());
            assertThat(r.counts().lost()).as(engine + " lost").isLessThanOrEqualTo(r.counts().lossBound());
            assertThat(r.counts().doubled()).as(engine + " counted twice").isZero();
            assertThat(r.counts().piecesLostBeyondBound()).as(engine + " pieces lost outside the bound").isZero();
            assertThat(r.recovery().kills()).hasSize(3).allSatisfy(kill -> {
                assertThat(kill.toComeAtKill()).isPositive();
                assertThat(kill.toComeAtFirstBatch()).isPositive();
                assertThat(kill.lossBound()).isPositive();
            });
            assertThat(r.outcome()).contains("4 connections");
        });
        assertThat(Files.readString(reports.resolve("latest").resolve("report.md"), StandardCharsets.UTF_8))
                .contains("## Faults", "| kill and recover | stateful | spark |");
    }

    /** The producer closes after writing every line and comes back 3 s later: Flink and Spark's receiver lose nothing. */
    @Test
    void producerFailureIsSurvivedExactlyByFlinkAndDStreams() {
        assertThat(faults("producer failure", "socket")).filteredOn(r -> r.identity().engine().equals("spark-structured"))
                .singleElement().satisfies(r -> assertThat(r.outcome()).startsWith("not run: ").contains("connects once"));
        assertThat(ran("producer failure", "socket")).extracting(r -> r.identity().engine()).containsExactly("flink", "spark");
        assertThat(ran("producer failure", "socket")).allSatisfy(r -> {
            assertThat(r.expectExact()).isTrue();
            assertThat(r.outcome()).startsWith("connected again");
            assertThat(r.counts().lost()).isZero();
            assertThat(r.counts().doubled()).isZero();
            assertThat(r.counts().piecesLost()).isZero();
        });
    }

    /** A file written in place: what each engine counts of it is reported, nothing counted twice or beyond the file. */
    @Test
    void fileWrittenInPlaceIsReported() {
        assertThat(faults("file written in place", "file")).extracting(r -> r.identity().engine())
                .containsExactly("flink", "spark", "spark-structured");
        assertThat(faults("file written in place", "file")).allSatisfy(r -> {
            assertThat(r.outcome()).matches("counted \\d+ of the file's \\d+ words \\(\\d+ %\\).*");
            assertThat(r.counts().doubled()).isZero();
            assertThat(r.counts().lost()).isLessThanOrEqualTo(r.counts().lossBound());
        });
    }

    /**
     * The check that a cold restart cannot fake, failing as it must: the job restarted each time
     * with its checkpoint folder deleted, files already emptied are lost and reported so.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aRestartThatIgnoresItsCheckpointIsReportedAsLostWords(@TempDir Path temp) throws Exception {
        CompareCli cli = new CompareCli();
        CompareCli.commandLine(cli).parseArgs("--quick");
        RunContext context = new RunContext(cli.settings().run(), JobLauncher.packaged(ProjectHome.locate(), BuildInfo.load(), false),
                Files.createDirectories(temp.resolve("report")), temp.resolve("work"));
        Workload workload = Workload.prepare(ProjectHome.seedText(), 1, temp.resolve("work/input.txt"));

        FaultResult cold = new KillAndRecover(context, Job.STATEFUL_FILE, Engine.FLINK, Setup.of(Variant.FAITHFUL), workload.fixedRateLines(4 * workload.seedLineCount()),
                KillAndRecover.Restart.COLD).run();

        assertThat(cold.failure()).as(cold.outcome()).isNull();
        assertThat(cold.counts().lost()).isPositive();
        assertThat(cold.counts().piecesLost()).isPositive();
        assertThat(cold.status()).isEqualTo(FaultResult.Status.FAIL);
        assertThat(cold.problems()).contains(cold.counts().lost() + " words lost");
        assertThat(cold.outcome()).endsWith("restarted without its checkpoint");
    }
}
