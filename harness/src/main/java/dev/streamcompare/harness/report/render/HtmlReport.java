package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Html.escape;

import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Summary;
import java.io.IOException;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * report.html, self-contained: the summary and the peer as tables, charts embedded, the other sections
 * as their Markdown.
 */
final class HtmlReport {

    private static final String HEAD = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>streamcompare report</title>
            <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
            th{background:#f3f3f3}.wrong{color:#b00;font-weight:bold}img{max-width:100%;margin:1em 0}</style>
            </head><body>
            """;

    private HtmlReport() {}

    static String of(Report report, List<Summary> rows) throws IOException {
        StringBuilder html = new StringBuilder(HEAD);
        html.append("<h1>streamcompare report, ").append(escape(report.createdUtc())).append("</h1>");
        html.append("<p><code>").append(escape(report.commandLine())).append("</code></p>");
        html.append(report.passed() ? "<p>Every run correct.</p>" : "<p class=\"wrong\">Some runs are wrong or failed.</p>");
        html.append(paragraph(ReferenceSection.line(report)));
        String moved = ReferenceSection.moved(report);
        html.append(moved.isEmpty() ? "" : "<p class=\"wrong\">" + escape(moved.strip()) + "</p>");
        html.append(Html.table(SummaryTable.of(rows)));
        html.append(paragraph(SummaryTable.note(rows)));
        images(html, rows.isEmpty() ? List.of() : SummaryCharts.of(rows));
        html.append(ReferenceSection.html(report));
        html.append(peer(report));
        sections(html, report);
        html.append(state(report));
        html.append(latency(report));
        html.append(broker(report));
        html.append(Html.preformatted("How each figure is measured", report.setup().method().get("howMeasured")));
        html.append(runs(report.findings().runs()));
        html.append("<h2>Machine and input</h2><pre>").append(escape(machineAndInput(report.setup()))).append("</pre></body></html>\n");
        return html.toString();
    }

    /** A line of the Markdown as a paragraph, or nothing for none. */
    private static String paragraph(String line) {
        return line.isEmpty() ? "" : "<p>" + escape(line.strip()) + "</p>";
    }

    private static void images(StringBuilder html, List<? extends Chart<?, ?>> charts) throws IOException {
        for (Chart<?, ?> chart : charts) {
            html.append(Html.image(chart));
        }
    }

    /** The peer's text, its row (the outcome in red if it failed) and its first differences; nothing if it did not run. */
    private static String peer(Report report) {
        PeerResult peer = report.findings().peer();
        if (peer == null) {
            return "";
        }
        String first = PeerSection.firstDifferences(peer);
        return "<h2>Peer</h2><p>" + escape(PeerSection.text(peer).strip()) + "</p>"
                + Html.table(PeerSection.table(peer, report.findings().referenceRateWordsPerSecond()),
                        (row, column) -> column == PeerSection.OUTCOME && peer.failed())
                + (first.isEmpty() ? "" : "<p>First differences from the reference: " + escape(first) + "</p>");
    }

    /** Latency per streaming run, as a table, or nothing if no run sent markers. */
    private static String latency(Report report) {
        Table table = report.findings().runs() == null ? null : LatencyTable.of(report.findings().runs());
        return table == null ? "" : "<h2>Latency per run</h2><p>" + escape(LatencyTable.TEXT) + "</p>" + Html.table(table);
    }

    /** What state costs per stateful job and engine, as a table, or nothing if no stateful job ran. */
    private static String state(Report report) {
        Table table = report.findings().runs() == null ? null : StateTable.of(report.findings().runs());
        return table == null ? "" : "<h2>What state costs</h2><p>" + escape(StateTable.TEXT) + "</p>" + Html.table(table);
    }

    /** The Kafka broker beside each Kafka run, as a table, or nothing if no run measured one. */
    private static String broker(Report report) {
        Table table = report.findings().runs() == null ? null : BrokerTable.of(report.findings().runs());
        return table == null ? "" : "<h2>Kafka broker</h2><p>" + escape(BrokerTable.TEXT) + "</p>" + Html.table(table);
    }

    /** Sustainable rate, soak, cost as work grows and faults: each its Markdown, soak and scaling with their charts. */
    private static void sections(StringBuilder html, Report report) throws IOException {
        String sustainable = MarkdownReport.sustainable(report);
        if (!sustainable.isEmpty()) {
            html.append(Html.preformatted("Sustainable rate", sustainable));
        }
        String soak = MarkdownReport.soak(report);
        if (!soak.isEmpty()) {
            html.append(Html.preformatted("Soak", soak));
            images(html, Charts.soak(report.findings().soak()));
        }
        String scaling = MarkdownReport.scaling(report);
        if (!scaling.isEmpty()) {
            html.append(Html.preformatted("Cost as work grows", scaling));
            images(html, Charts.scaling(report.findings().scaling()));
        }
        html.append(FrontierSection.html(report));
        String faults = MarkdownReport.faults(report);
        if (!faults.isEmpty()) {
            html.append(Html.preformatted("Faults", faults));
        }
    }

    /**
     * Every run, with its log linked. Its differences are the first few only, without the counts the
     * Markdown gives: as report.html has always shown them.
     */
    private static String runs(List<RunResult> runs) {
        StringBuilder html = new StringBuilder("<h2>Runs</h2><table><tr><th>job</th><th>engine</th><th>run</th><th>correct</th>"
                + "<th>max rate</th><th>failure</th><th>differences</th><th>× reference</th><th>load average, start → end</th>"
                + "<th>log</th></tr>");
        for (RunResult run : runs) {
            html.append("<tr><td>").append(escape(run.identity().job())).append("</td><td>").append(escape(run.identity().engine()))
                    .append("</td><td>").append(run.run()).append("</td><td").append(run.correct() ? ">yes" : " class=\"wrong\">no")
                    .append("</td><td>").append(escape(FindingTables.maxRate(run.throughput())))
                    .append("</td><td>").append(escape(run.failure() == null ? "" : run.failure()))
                    .append("</td><td>").append(escape(String.join("; ", run.verdict().differences().first())))
                    .append("</td><td>").append(escape(ReferenceSection.reference(run)))
                    .append("</td><td>").append(escape(ReferenceSection.loadAverages(run)))
                    .append("</td><td><a href=\"").append(escape(run.log())).append("\">log</a></td></tr>");
        }
        return html.append("</table>").toString();
    }

    /** The setup as the records and maps print themselves; the input as the flat record it once was. */
    private static String machineAndInput(Report.Setup setup) {
        Report.Input.Text t = setup.input().text();
        Report.Input.FixedRate f = setup.input().fixedRate();
        String input = "Input[seed=" + t.seed() + ", repeat=" + t.repeat() + ", sha256=" + t.sha256() + ", bytes=" + t.bytes()
                + ", lines=" + t.lines() + ", words=" + t.words() + ", distinct=" + t.distinct()
                + (t.pieces() == null ? "" : ", pieces=" + t.pieces() + " (each with a sentinel word)") + ", fixedRateLinesPerSecond="
                + f.linesPerSecond() + ", fixedRateSeconds=" + f.seconds() + ", markerEveryMillis=" + f.markerEveryMillis()
                + ", warmUp=" + setup.input().warmUp() + "]"
                + (setup.input().expectedCounts() == null ? "" : "\nexpected counts: " + setup.input().expectedCounts().line());
        return setup.machine() + "\n" + setup.versions() + "\n" + input + "\n" + setup.settings();
    }
}
