package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.diff.DiffFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.diff.ReportDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff.md and diff.html: the first line says what moved, the tables say by how much, the same tables in both. */
class DiffReportTest {

    private static ReportDiff diff(String old, String now) {
        return ReportDiff.of(old, read(old), now, read(now));
    }

    @Test
    void theFirstLineNamesTheMovedFigureItsChangeAndWhichWay() {
        String md = DiffReport.markdown(diff("old", "slower"));

        assertThat(md.lines().toList().subList(0, 3)).containsExactly("# streamcompare diff: old → slower", "",
                "**1 of 16 figures moved beyond its noise band: socket on spark: throughput -50.0 % (slower).**");
    }

    @Test
    void theFirstLineSaysSoWhenNothingMoved() {
        assertThat(DiffReport.firstLine(diff("old", "within-noise"))).isEqualTo("None of the 16 figures moved beyond its noise band.");
    }

    @Test
    void aFiguresTableGivesBothValuesTheChangeTheBandAndWhichWayItMoved() {
        String md = DiffReport.markdown(diff("old", "slower"));

        assertThat(md).contains("### throughput, words/s\n\n| job | engine | old | slower | change | noise band | moved |\n");
        assertThat(md).contains("| socket | spark | 1.20 M | 600 k | -50.0 % | ±10 % (the floor) | slower |\n");
        assertThat(md).contains("| socket | flink | 2.18 M | 2.18 M | +0.0 % | ±12 % (the runs' spread) |  |\n");
        assertThat(md).contains("### sustainable rate, words/s");
    }

    @Test
    void theTwoReportsAreSetSideBySideWithWhatIsTheSameSaidOnce() {
        String md = DiffReport.markdown(diff("v1", "old"));

        assertThat(md).contains("| report.json layout | version 1 | version 2 |\n");
        assertThat(md).contains("| git commit | – | 3f1c2d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d |\n");
        assertThat(md).contains("| machine | AMD EPYC 7B13, 2 cores, 7.8 GiB | the same |\n");
        assertThat(md).contains("| load average, 1 min: start / end / max | – | 0.35 / 1.90 / 2.40 |\n");
        assertThat(md).contains("JVM flags: not recorded in v1. Engine settings: the same in both.");
    }

    @Test
    void correctnessAndRowsOfOneReportGetLinesAndTablesOfTheirOwn() {
        String wrong = DiffReport.markdown(diff("old", "wrong"));
        String rows = DiffReport.markdown(diff("old", "rows"));

        assertThat(wrong).contains("**Correctness changed: socket on flink went wrong (old: 2/2 correct, wrong: 1/2 correct).**");
        assertThat(wrong).contains("| socket | flink | 2/2 | 1/2 | went wrong |");
        assertThat(rows).contains("Rows only in old (removed): batch on flink. Rows only in rows (added): stateful on flink.");
        assertThat(rows).contains("| batch | flink | old | removed |\n| stateful | flink | rows | added |\n");
    }

    @Test
    void aForcedDiffSaysWhatDiffersRightAfterTheFirstLine() {
        List<String> lines = DiffReport.markdown(diff("old", "other-machine")).lines().toList();

        assertThat(lines.get(4)).isEqualTo("**Compared with --force, though the machines or inputs differ: CPU model AMD EPYC 7B13 → "
                + "Intel Xeon Platinum 8375C. Their figures may differ for reasons no noise band covers.**");
    }

    @Test
    void theHtmlHasTheSameTablesWithARegressionInRed(@TempDir Path folder) throws IOException {
        ReportDiff diff = diff("old", "slower");

        DiffReport.write(diff, folder.resolve("made"));

        String html = Files.readString(folder.resolve("made/diff.html"));
        assertThat(Files.readString(folder.resolve("made/diff.md"))).isEqualTo(DiffReport.markdown(diff));
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</body></html>\n");
        assertThat(html).contains("<p class=\"wrong\">1 of 16 figures moved beyond its noise band: socket on spark: throughput "
                + "-50.0 % (slower).</p>");
        assertThat(html).contains("<td>600 k</td><td>-50.0 %</td><td>±10 % (the floor)</td><td class=\"wrong\">slower</td>");
        assertThat(html).doesNotContain("**");
    }

    @Test
    void aFasterFigureIsNamedButNotInRed() {
        String html = DiffReport.html(diff("slower", "old"));

        assertThat(html).contains("<td>+100.0 %</td><td>±10 % (the floor)</td><td>faster</td>");
    }
}
