package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One table, two renderings: what each does to the cells. */
class TableRenderingTest {

    private static final Table TABLE = new Table(List.of("job", "failure"),
            List.of(List.of("socket", ""), List.of("file", "exited | killed <9> & \"gone\"")));

    @Test
    void markdownIsARowALineWithABarInACellTurnedToASlash() {
        assertThat(Markdown.table(TABLE)).isEqualTo("""
                | job | failure |
                |---|---|
                | socket |  |
                | file | exited / killed <9> & "gone" |
                """);
    }

    @Test
    void htmlEscapesEveryCellAndMarksTheWrongOnesAsSuch() {
        assertThat(Html.table(TABLE, (row, column) -> row == 1 && column == 1)).isEqualTo("<table><tr><th>job</th><th>failure</th></tr>"
                + "<tr><td>socket</td><td></td></tr>"
                + "<tr><td>file</td><td class=\"wrong\">exited | killed &lt;9&gt; &amp; &quot;gone&quot;</td></tr></table>");
    }

    @Test
    void aTableWithoutRowsIsItsHeadingsOnly() {
        Table empty = new Table(List.of("a", "b"), List.of());

        assertThat(Markdown.table(empty)).isEqualTo("| a | b |\n|---|---|\n");
        assertThat(Html.table(empty)).isEqualTo("<table><tr><th>a</th><th>b</th></tr></table>");
    }

    @Test
    void aBoldCellIsWrongInHtmlWithoutItsAsterisksAndALinkIsALink() {
        Table runs = new Table(List.of("correct", "log"), List.of(List.of("**no**", "[log](logs/socket-flink-1.log)")));

        assertThat(Html.table(runs)).isEqualTo("<table><tr><th>correct</th><th>log</th></tr>"
                + "<tr><td class=\"wrong\"><strong>no</strong></td><td><a href=\"logs/socket-flink-1.log\">log</a></td></tr>"
                + "</table>");
        assertThat(Markdown.table(runs)).endsWith("| **no** | [log](logs/socket-flink-1.log) |\n");
    }
}
