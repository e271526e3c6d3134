package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** The report as its sections, in order: the one model report.md and report.html are both rendered from. */
final class Sections {

    /** What the two CSV files beside the report hold, with links to them. */
    static final String CSV_TEXT = "As CSV, for a spreadsheet or a script: [" + ReportWriter.SUMMARY_CSV + "]("
            + ReportWriter.SUMMARY_CSV + "), the summary table's figures as plain numbers (a column per figure, its unit in the "
            + "heading, empty where there is none), a row per job and engine; [" + ReportWriter.LATENCY_CSV + "]("
            + ReportWriter.LATENCY_CSV + "), every marker's latency the report keeps, a row per marker: each streaming "
            + "run's and each soak run's (reports from before every run kept them: the soak runs' only).";

    private Sections() {}

    /**
     * Summary, reference rate, peer, sustainable rate, faults, soak, cost as work grows, latency
     * against throughput, state, latency per run, Kafka broker, how each figure is measured, machine,
     * versions, input, engine settings, runs: those the report has.
     */
    static List<Section> of(Report report, List<Summary> rows) {
        List<Section> sections = new ArrayList<>();
        sections.add(summary(report, rows));
        Stream.of(ReferenceSection.section(report), PeerSection.section(report), FindingSections.sustainable(report),
                        FindingSections.faults(report), FindingSections.soak(report), FindingSections.scaling(report),
                        FrontierSection.section(report), state(report), latency(report), broker(report), howMeasured(report))
                .filter(Objects::nonNull).forEach(sections::add);
        sections.addAll(SetupSections.of(report.setup()));
        sections.add(runs(report));
        return sections;
    }

    /**
     * Whether every run passed, the reference rate, the summary table with its charts, each job's throughput over time
     * (its runs' words published, as words/s; only where runs kept them: none in reports from before), and the CSV files.
     */
    static Section summary(Report report, List<Summary> rows) {
        Section.Builder summary = Section.titled("Summary");
        if (report.passed()) {
            summary.text("Every run correct.");
        } else {
            summary.warning("Some runs are wrong or failed: see below.");
        }
        summary.text(ReferenceSection.line(report)).warning(ReferenceSection.moved(report));
        if (!rows.isEmpty()) {
            summary.table(SummaryTable.of(rows)).text(SummaryTable.note(rows)).charts(() -> SummaryCharts.of(rows));
        }
        List<RunResult> runs = report.findings().runs() == null ? List.of() : report.findings().runs();
        if (runs.stream().anyMatch(r -> wordsPublished(r) != null)) {
            summary.charts(() -> Charts.throughputOverTime(runs, Sections::wordsPublished));
        }
        return summary.text(CSV_TEXT).build();
    }

    /** A run's words published over time, or null: not a streaming run, or a report from before they were kept. */
    static List<RunResult.Point> wordsPublished(RunResult run) {
        return run.timeline() == null ? null : run.timeline().wordsPublished();
    }

    /** A section of the runs' table {@code table} makes, under {@code text}; null if it makes none. */
    private static Section ofRuns(Report report, String heading, String text, Function<List<RunResult>, Table> table) {
        Table made = report.findings().runs() == null ? null : table.apply(report.findings().runs());
        return made == null ? null : Section.titled(heading).text(text).table(made).build();
    }

    static Section state(Report report) {
        return ofRuns(report, "What state costs", StateTable.TEXT, StateTable::of);
    }

    /** The latency table, and a distribution per job from the runs that kept every marker's latency (none before they did). */
    static Section latency(Report report) {
        Table made = report.findings().runs() == null ? null : LatencyTable.of(report.findings().runs());
        if (made == null) {
            return null;
        }
        List<RunResult> runs = report.findings().runs();
        Section.Builder latency = Section.titled("Latency per run").text(LatencyTable.TEXT).table(made);
        if (runs.stream().anyMatch(r -> r.timeline() != null && r.timeline().latencyMs() != null)) {
            latency.charts(() -> LatencyCharts.cdf(runs));
        }
        return latency.build();
    }

    static Section broker(Report report) {
        return ofRuns(report, "Kafka broker", BrokerTable.TEXT, BrokerTable::of);
    }

    /** The method's Markdown as the harness wrote it when it took the figures; null without one. */
    static Section howMeasured(Report report) {
        String text = report.setup() == null || report.setup().method() == null ? null
                : report.setup().method().get("howMeasured");
        return text == null ? null : Section.titled("How each figure is measured").text(text).build();
    }

    /** Every run, its log linked. */
    static Section runs(Report report) {
        List<RunResult> runs = report.findings().runs() == null ? List.of() : report.findings().runs();
        return Section.titled("Runs").table(FindingTables.runs(runs)).build();
    }
}
