package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's small Markdown as HTML: what "How each figure is measured" and the sections' texts use. */
class MarkdownHtmlTest {

    @Test
    void paragraphsAreSeparatedByBlankLinesAndTheirLinesJoined() {
        assertThat(MarkdownHtml.blocks("First line\nstill the first.\n\nSecond.\n")).isEqualTo("<p>First line still the first.</p><p>Second.</p>");
    }

    @Test
    void linesStartingWithADashAreTheItemsOfOneList() {
        assertThat(MarkdownHtml.blocks("Before:\n- **one**: a\n  continued\n- two\n\nAfter."))
                .isEqualTo("<p>Before:</p><ul><li><strong>one</strong>: a continued</li><li>two</li></ul><p>After.</p>");
    }

    @Test
    void spansAreBoldEmphasisCodeAndLinksAndEverythingElseIsEscaped() {
        assertThat(MarkdownHtml.inline("**bold** *scheduled* `--warm-up <n>` [log](logs/a.log) a < b & \"c\""))
                .isEqualTo("<strong>bold</strong> <em>scheduled</em> <code>--warm-up &lt;n&gt;</code> "
                        + "<a href=\"logs/a.log\">log</a> a &lt; b &amp; &quot;c&quot;");
    }

    @Test
    void markupInsideCodeAndLoneMarksStayText() {
        assertThat(MarkdownHtml.inline("`**x**` 2 * 3 * 4, a*b, an ` alone"))
                .isEqualTo("<code>**x**</code> 2 * 3 * 4, a*b, an ` alone");
    }

    @Test
    void boldIsFoundWhereverItIs() {
        assertThat(MarkdownHtml.hasBold("**no**: wrong counts")).isTrue();
        assertThat(MarkdownHtml.hasBold("yes")).isFalse();
        assertThat(MarkdownHtml.hasBold("2 ** 3")).isFalse();
    }
}
