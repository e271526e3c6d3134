package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Summary;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One model of sections, two renderings: what report.html and report.md both show, and how. */
class ReportSectionsTest {

    private static final Pattern HTML_CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]+\\)");

    @TempDir
    Path folder;

    private Report report;
    private String md;
    private String html;

    @BeforeEach
    void render() throws IOException {
        report = RenderFixtures.full(folder);
        ReportWriter.write(report, folder);
        md = Files.readString(folder.resolve("report.md"));
        html = Files.readString(folder.resolve("report.html"));
    }

    private List<Section> sections() {
        return Sections.of(report, Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond()));
    }

    @Test
    void everySectionOfReportHtmlIsATableUnderItsHeadingAndNothingIsPreformatted() {
        assertThat(html).doesNotContain("<pre");
        for (String heading : List.of("Summary", "Reference rate", "Peer", "Sustainable rate", "Faults", "Soak",
                "Cost as work grows", "Latency against throughput", "Latency per run", "Machine", "Versions", "Input",
                "Engine settings", "Runs")) {
            String start = "<h2>" + heading + "</h2>";
            assertThat(html).as(heading).contains(start);
            String body = html.substring(html.indexOf(start) + start.length());
            int next = body.indexOf("<h2>");
            assertThat(next < 0 ? body : body.substring(0, next)).as(heading).contains("<table>");
        }
    }

    @Test
    void sectionsComeInTheOrderAskedForAndInTheSameOrderInBoth() {
        List<String> htmlHeadings = matches(Pattern.compile("<h2>([^<]*)</h2>"), html);
        List<String> mdHeadings = md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();

        assertThat(htmlHeadings).isEqualTo(mdHeadings).containsExactly("Summary", "Reference rate", "Peer", "Sustainable rate",
                "Faults", "Soak", "Cost as work grows", "Latency against throughput", "Latency per run",
                "How each figure is measured", "Machine", "Versions", "Input", "Engine settings", "Runs");
    }

    @Test
    void machineVersionsInputAndSettingsAreTablesNotTheRecordsPrintingThemselves() {
        for (String page : List.of(md, html)) {
            assertThat(page).doesNotContain("Input[", "Machine[", "Text[", "FixedRate[", "{parallelism=", "seed=");
        }
        assertThat(html).contains("<tr><td>flink</td><td>parallelism</td><td>2</td></tr>",
                "<tr><td>text</td><td>Ulysses.txt × 80</td></tr>", "<td>AMD EPYC</td><td>2</td><td>23.3</td>",
                "<tr><th>streamcompare</th><th>Apache Flink</th><th>Apache Spark</th></tr>");
        assertThat(md).contains("| spark | master | local[2] |", "| words | 21,436,080 |");
    }

    @Test
    void markdownAndHtmlCarryTheSameCellsInEverySection() throws IOException {
        List<Section> sections = sections();
        int tables = 0;
        for (Section section : sections) {
            List<String> fromMd = markdownCells(MarkdownReport.section(section));
            List<String> fromHtml = htmlCells(HtmlReport.section(section));

            assertThat(fromHtml).as(section.heading()).isEqualTo(fromMd);
            int cells = section.tables().stream().mapToInt(t -> t.headings().size() * (1 + t.rows().size())).sum();
            assertThat(fromMd).as(section.heading()).hasSize(cells);
            tables += section.tables().size();
        }
        assertThat(tables).isGreaterThanOrEqualTo(15);
    }

    @Test
    void howEachFigureIsMeasuredIsAListWithItsMarkupRenderedInHtml() {
        String start = "<h2>How each figure is measured</h2>";
        String section = html.substring(html.indexOf(start), html.indexOf("<h2>", html.indexOf(start) + 1));

        assertThat(section).startsWith(start + "<ul><li><strong>throughput</strong>: streaming jobs:")
                .contains("<code>--warm-up</code>").doesNotContain("**", "`", "\n- ");
    }

    @Test
    void aBoldNoIsRedInHtmlAndBoldInMarkdown() {
        assertThat(md).contains("| **no** |");
        assertThat(html).contains("<td class=\"wrong\"><strong>no</strong></td>").doesNotContain("**no**");
    }

    @Test
    void theRunsTableLinksEachLogInBoth() {
        assertThat(md).contains("| [log](logs/socket-flink-tuned-2.log) |");
        assertThat(html).contains("<td><a href=\"logs/socket-flink-tuned-2.log\">log</a></td>");
    }

    @Test
    void bothPagesLinkTheCsvFilesWrittenBesideThem() {
        assertThat(folder.resolve("summary.csv")).isRegularFile();
        assertThat(folder.resolve("latency.csv")).isRegularFile();
        assertThat(md).contains("[summary.csv](summary.csv)", "[latency.csv](latency.csv)");
        assertThat(html).contains("<a href=\"summary.csv\">summary.csv</a>", "<a href=\"latency.csv\">latency.csv</a>");
    }

    @Test
    void theDevelopmentGoalIsNeitherInTheReportNorOnTheConsole() {
        // The fixture has tuned rows and a reference rate, which is what once brought the goal line.
        List<Summary> rows = Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond());
        String console = ReportWriter.referenceLine(report) + ReportWriter.summaryTable(rows) + ReportWriter.peerTable(report)
                + ReportWriter.faultsTable(report) + ReportWriter.frontierTable(report);

        for (String text : List.of(md, html, console)) {
            assertThat(text).doesNotContain("Goal:", "tuned rows", "the goal");
        }
        assertThat(Arrays.stream(ReportWriter.class.getMethods()).map(Method::getName)).doesNotContain("goalLine");
    }

    /** The cells of every Markdown table, bold and links reduced to their text. */
    private static List<String> markdownCells(String markdown) {
        List<String> cells = new ArrayList<>();
        markdown.lines().filter(l -> l.startsWith("| ")).forEach(line -> {
            String inner = line.substring(2, line.length() - 2);
            for (String cell : inner.split(" \\| ", -1)) {
                cells.add(MD_LINK.matcher(cell.strip()).replaceAll("$1").replace("**", ""));
            }
        });
        return cells;
    }

    /** The cells of every HTML table, tags dropped and entities read, a {@code |} as Markdown shows it. */
    private static List<String> htmlCells(String html) {
        return matches(HTML_CELL, html).stream().map(c -> c.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&").replace('|', '/').strip()).toList();
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
