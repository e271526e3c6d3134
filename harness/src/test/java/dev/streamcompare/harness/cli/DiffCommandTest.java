package dev.streamcompare.harness.cli;

import static dev.streamcompare.harness.report.diff.DiffFixtures.folder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.diff.DiffFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./compare.sh diff OLD NEW} end to end: what it prints, what it writes, what it refuses, and its exit codes. */
class DiffCommandTest {

    private static final String NL = System.lineSeparator();

    private static CliRun diff(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    private static String at(String fixture) {
        return folder(fixture).toString();
    }

    @Test
    void aSlowerRowIsFlaggedOnTheFirstLineAndTheExitCodeIs0() {
        CliRun run = diff(at("old"), at("slower"));

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().skip(2).findFirst()).contains(
                "**1 of 16 figures moved beyond its noise band: socket on spark: throughput -50.0 % (slower).**");
    }

    @Test
    void identicalReportsAndChangesWithinTheNoiseFlagNothing() {
        CliRun same = diff(at("old"), at("old"));
        CliRun noise = diff(at("old"), at("within-noise"));

        assertThat(same.exit()).isZero();
        assertThat(same.out()).contains("# streamcompare diff: old (OLD) → old (NEW)")
                .contains("None of the 16 figures moved beyond its noise band.").doesNotContain("slower |", "faster |");
        assertThat(noise.exit()).isZero();
        assertThat(noise.out()).contains("None of the 16 figures moved beyond its noise band.");
    }

    @Test
    void reportsFromAnotherMachineAreRefusedInOneLineWithExitCode2() {
        CliRun run = diff(at("old"), at("other-machine"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("compare.sh diff: error: will not compare reports from different machines or inputs "
                + "(CPU model AMD EPYC 7B13 → Intel Xeon Platinum 8375C): --force compares them all the same" + NL);
    }

    @Test
    void reportsOfAnotherInputAreRefusedToo() {
        CliRun run = diff(at("old"), at("other-input"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("compare.sh diff: error: will not compare reports from different machines or inputs "
                + "(input sha256 29c3ae22").hasLineCount(1);
    }

    @Test
    void forceComparesThemAndSaysSo() {
        CliRun run = diff("--force", at("old"), at("other-input"));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("**Compared with --force, though the machines or inputs differ: input sha256 29c3ae22");
    }

    @Test
    void anOldReportWithoutASchemaVersionIsReadAsVersion1() {
        CliRun run = diff(at("v1"), at("old"));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("| report.json layout | version 1 | version 2 |")
                .contains("None of the 16 figures moved beyond its noise band.");
    }

    @Test
    void aRowThatWentWrongIsFlaggedAndRowsOfOneReportAreListed() {
        assertThat(diff(at("old"), at("wrong")).out()).contains("**Correctness changed: socket on flink went wrong");
        assertThat(diff(at("old"), at("rows")).out()).contains("| batch | flink | old | removed |", "| stateful | flink | rows | added |");
    }

    @Test
    void outWritesDiffMdAsPrintedAndDiffHtml(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("diffs/first");

        CliRun run = diff(at("old"), at("slower"), "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(Files.readString(out.resolve("diff.md"))).isEqualTo(run.out());
        assertThat(Files.readString(out.resolve("diff.html"))).contains("<td class=\"wrong\">slower</td>");
        assertThat(run.err()).startsWith("Wrote ").hasLineCount(1);
    }

    @Test
    void aReportJsonFileDoesAsWellAsItsFolderAndIsNamedByTheFolder() {
        CliRun run = diff(folder("old").resolve(Report.FILE).toString(), at("slower"));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# streamcompare diff: old → slower");
    }

    @Test
    void aReportWrittenByThisHarnessDiffsAgainstTheCommittedOne(@TempDir Path folder) throws IOException {
        Path written = Files.createDirectories(folder.resolve("20261203T050000Z"));
        DiffFixtures.report().write(written);

        CliRun run = diff(at("slower"), written.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("# streamcompare diff: slower → 20261203T050000Z",
                "1 of 16 figures moved beyond its noise band: socket on spark: throughput +100.0 % (faster).",
                "JVM flags: the same in both. Engine settings: the same in both.");
    }

    @Test
    void aMissingReportOrAFileThatIsNoReportIsOneLineAndExitCode2(@TempDir Path folder) throws IOException {
        Path notJson = Files.writeString(folder.resolve("notes.txt"), "not json");

        CliRun missing = diff(at("old"), "no/such");
        CliRun empty = diff(folder.toString(), at("old"));
        CliRun garbage = diff(at("old"), notJson.toString());

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("compare.sh diff: error: no such report: no/such" + NL);
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("compare.sh diff: error: no report.json in " + folder + NL);
        assertThat(garbage.exit()).isEqualTo(2);
        assertThat(garbage.err()).startsWith("compare.sh diff: error: " + notJson + " is not a report.json: ").hasLineCount(1);
    }

    @Test
    void oneReportIsNotEnough() {
        CliRun run = diff(at("old"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("compare.sh diff: error: Missing required parameter: 'NEW'");
    }
}
