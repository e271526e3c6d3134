package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.report.ExpectationCheck;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.run.FakeJobLauncher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison's check of its expected counts against the oracle, from the command line: made
 * before any job runs, a mismatch stops everything in one line, and {@code --input} skips it with
 * the report saying so. The jobs are the engine-free fake ({@link FakeJobLauncher}).
 */
@Timeout(120)
class ExpectedCountsCliTest {

    @TempDir
    Path temp;

    /** A short comparison of the fake socket job: no baseline, no peer, 1 s batches, a 1 s fixed-rate phase. */
    private static final List<String> SHORT = List.of("--jobs", "socket", "--engines", "flink", "--no-baseline", "--no-peer",
            "--repeat", "1", "--fixed-seconds", "1", "--rate", "200", "--batch-seconds", "1", "--heap", "128m", "--timeout", "30");

    private CliRun compare(CompareCli cli, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CompareCli.commandLine(cli).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private List<String> args(String... more) {
        List<String> args = new java.util.ArrayList<>(SHORT);
        args.addAll(List.of("--out", temp.resolve("reports").toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void anOracleThatDiffersStopsBeforeAnyJobRunsInOneLineWithExitCode2() throws Exception {
        Path oracle = temp.resolve("Ulysses.counts.tsv");
        // One count off: "the" once more than Python counted.
        Files.write(oracle, Files.readAllLines(ProjectHome.seedOracle()).stream()
                .map(line -> line.equals("the\t13600") ? "the\t13601" : line).toList());
        CompareCli cli = new CompareCli();
        cli.oracle = oracle;
        cli.launcher = (engine, job, jobArgs, jvmOptions) -> {
            throw new AssertionError("no job may start");
        };

        CliRun run = compare(cli, args());

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("compare.sh: error: the expected counts of the input (the reference counter's) differ "
                + "from data/Ulysses.counts.tsv × 1 (Python's str.split()) in 1 words, first: the: expected 13601, counted 13600 "
                + "(expected: the oracle's, counted: the reference counter's); the seed text or the tokenizer is not what the "
                + "oracle was made with" + System.lineSeparator());
        assertThat(temp.resolve("reports")).as("no report folder").doesNotExist();
    }

    @Test
    void theSeedsCountsAreCheckedAndTheReportSaysAgainstWhat() throws Exception {
        CompareCli cli = new CompareCli();
        cli.launcher = FakeJobLauncher.correct();

        CliRun run = compare(cli, args());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Path folder = temp.resolve("reports/latest").toRealPath();
        String line = "checked against data/Ulysses.counts.tsv before any job ran: the input equals the oracle × 1; the warm-up "
                + "equals the oracle × 1 (50,106 distinct words; the harness's own words, streamcompare-…, left out)";
        assertThat(Report.read(folder).setup().input().expectedCounts()).isEqualTo(ExpectationCheck.passed("data/Ulysses.counts.tsv",
                "the input equals the oracle × 1; the warm-up equals the oracle × 1 (50,106 distinct words; the harness's own "
                        + "words, streamcompare-…, left out)"));
        assertThat(run.out()).contains("Expected counts " + line);
        assertThat(Files.readString(folder.resolve("report.md"))).contains("| expected counts | " + line + " |\n");
        assertThat(Files.readString(folder.resolve("report.html"))).contains("<tr><td>expected counts</td><td>" + line + "</td></tr>");
    }

    @Test
    void withInputTheCheckIsSkippedAndTheReportSaysSo() throws Exception {
        Path text = Files.write(temp.resolve("mine.txt"), IntStream.range(0, 200).mapToObj(i -> "a text of my own, line " + i).toList());
        CompareCli cli = new CompareCli();
        cli.launcher = FakeJobLauncher.correct();

        CliRun run = compare(cli, args("--input", text.toString()));

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Path folder = temp.resolve("reports/latest").toRealPath();
        assertThat(Report.read(folder).setup().input().expectedCounts())
                .isEqualTo(ExpectationCheck.skipped("--input mine.txt is a text of its own, with no oracle"));
        String line = "not checked against an oracle: --input mine.txt is a text of its own, with no oracle";
        assertThat(Files.readString(folder.resolve("report.md"))).contains("| expected counts | " + line + " |\n");
        assertThat(Files.readString(folder.resolve("report.html"))).contains("<tr><td>expected counts</td><td>" + line + "</td></tr>");
    }
}
