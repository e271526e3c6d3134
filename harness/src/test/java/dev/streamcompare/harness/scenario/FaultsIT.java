package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.cli.CompareCli;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./compare.sh --faults --quick} end to end, from the packaged job jars, once; each test
 * checks one fault of the report, on both engines.
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

    @Test
    void passesAndSaysSo() {
        assertThat(exit).as(console).isZero();
        assertThat(console).contains("| kill and recover | stateful-file | flink | yes | ");
        assertThat(report.findings().runs()).isEmpty();
        assertThat(report.findings().faults()).extracting(FaultResult::failure).as(console).containsOnlyNulls();
    }

    /** File input can be read again: killed three times while files still arrive, nothing lost, nothing counted twice. */
    @Test
    void killAndRecoverOnFileInputLosesNothingAndCountsNothingTwice() {
        assertThat(faults("kill and recover", "stateful-file")).extracting(r -> r.identity().engine())
                .containsExactly("flink", "spark", "spark-structured");
        assertThat(faults("kill and recover", "stateful-file")).allSatisfy(r -> {
            assertThat(r.counts().lost()).as(r.identity().engine() + " lost").isZero();
            assertThat(r.counts().doubled()).as(r.identity().engine() + " counted twice").isZero();
            assertThat(r.counts().wordsCounted()).isEqualTo(r.counts().wordsExpected()).isPositive();
            assertThat(r.recovery().recoveryMillis()).hasSize(3).allSatisfy(ms -> assertThat(ms).isPositive());
            // Killed between checkpoints, never right after one.
            assertThat(r.recovery().killedAfterCheckpointMillis()).hasSize(3).allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(500L));
            assertThat(r.recovery().checkpointBytes()).isPositive();
            assertThat(r.logs()).hasSize(4);
        });
    }

    /** Socket input cannot be replayed: what is lost is counted and reported, never hidden. */
    @Test
    void killAndRecoverOnSocketInputReportsWhatIsLost() throws Exception {
        assertThat(faults("kill and recover", "stateful")).extracting(r -> r.identity().engine())
                .containsExactly("flink", "spark", "spark-structured");
        assertThat(faults("kill and recover", "stateful")).filteredOn(r -> r.identity().engine().equals("spark-structured"))
                .singleElement().satisfies(r -> assertThat(r.outcome()).startsWith("not run: ").contains("cannot resume"));
        assertThat(faults("kill and recover", "stateful")).filteredOn(r -> !r.identity().engine().equals("spark-structured")).allSatisfy(r -> {
            assertThat(r.counts().wordsCounted() + r.counts().lost() - r.counts().doubled()).as("lost and doubled account for the difference")
                    .isEqualTo(r.counts().wordsExpected());
            assertThat(r.recovery().recoveryMillis()).hasSize(3);
            assertThat(r.outcome()).contains("4 connections");
        });
        assertThat(Files.readString(reports.resolve("latest").resolve("report.md"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("## Faults", "| kill and recover | stateful | spark |");
    }

    /** The producer closes and comes back 3 s later: Flink and Spark's receiver connect again; Structured Streaming cannot. */
    @Test
    void producerFailureIsSurvivedByFlinkAndDStreams() {
        assertThat(faults("producer failure", "socket")).extracting(r -> r.identity().engine())
                .containsExactly("flink", "spark", "spark-structured");
        assertThat(faults("producer failure", "socket")).filteredOn(r -> r.identity().engine().equals("spark-structured"))
                .singleElement().satisfies(r -> assertThat(r.outcome()).startsWith("not run: ").contains("connects once"));
        assertThat(faults("producer failure", "socket")).filteredOn(r -> !r.identity().engine().equals("spark-structured")).allSatisfy(r -> {
            assertThat(r.outcome()).startsWith("connected again");
            assertThat(r.counts().wordsCounted() + r.counts().lost() - r.counts().doubled()).isEqualTo(r.counts().wordsExpected());
        });
    }

    /** A file written in place: what each engine counts of it is reported, and nothing beyond the file. */
    @Test
    void fileWrittenInPlaceIsReported() {
        assertThat(faults("file written in place", "file")).extracting(r -> r.identity().engine())
                .containsExactly("flink", "spark", "spark-structured");
        assertThat(faults("file written in place", "file")).allSatisfy(r -> {
            assertThat(r.outcome()).matches("counted \\d+ of the file's \\d+ words \\(\\d+ %\\).*");
            assertThat(r.counts().wordsCounted() + r.counts().lost() - r.counts().doubled()).isEqualTo(r.counts().wordsExpected());
        });
    }
}
