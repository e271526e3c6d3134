package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders report.md and a self-contained report.html (charts embedded) from one model of a
 * {@link Report}'s sections, and beside them summary.csv and latency.csv; and the pieces of
 * report.md the command line prints.
 */
public final class ReportWriter {

    /** The summary's figures as plain numbers, a row per job and engine. */
    public static final String SUMMARY_CSV = "summary.csv";

    /** Every marker's latency the report keeps, a row per marker. */
    public static final String LATENCY_CSV = "latency.csv";

    private ReportWriter() {}

    public static void write(Report report, Path folder) throws IOException {
        List<Summary> rows = Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond());
        List<Section> sections = Sections.of(report, rows);
        Files.writeString(folder.resolve("report.md"), MarkdownReport.of(report, sections), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.html"), HtmlReport.of(report, sections), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(SUMMARY_CSV), Csv.of(CsvTables.summary(rows)), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(LATENCY_CSV), Csv.of(CsvTables.latency(report)), StandardCharsets.UTF_8);
    }

    /** The summary table in Markdown, and what its marks mean. */
    public static String summaryTable(List<Summary> rows) {
        String note = SummaryTable.note(rows);
        return Markdown.table(SummaryTable.of(rows)) + (note.isEmpty() ? "" : "\n" + note.strip() + "\n");
    }

    /**
     * The reference rate the ratios are taken to, its spread, and (in bold) that the machine's speed
     * moved during the comparison when it did; or nothing.
     */
    public static String referenceLine(Report report) {
        String moved = ReferenceSection.moved(report);
        return ReferenceSection.line(report) + (moved.isEmpty() ? "" : "**" + moved.strip() + "**\n\n");
    }

    /** The peer's section in Markdown, or nothing. */
    public static String peerTable(Report report) {
        return markdown(PeerSection.section(report));
    }

    /** The --frontier results in Markdown, or nothing. */
    public static String frontierTable(Report report) {
        return markdown(FrontierSection.section(report));
    }

    /** The --faults results in Markdown, or nothing. */
    public static String faultsTable(Report report) {
        return markdown(FindingSections.faults(report));
    }

    private static String markdown(Section section) {
        return section == null ? "" : MarkdownReport.section(section);
    }
}
