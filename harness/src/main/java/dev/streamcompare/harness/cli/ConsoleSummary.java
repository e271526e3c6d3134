package dev.streamcompare.harness.cli;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Summary;
import dev.streamcompare.harness.report.render.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** What the console prints once a comparison has run: the summary, the peer, the faults, the frontier, and where the report is. */
final class ConsoleSummary {

    private ConsoleSummary() {}

    static void print(PrintWriter console, Report report, Path folder) {
        console.println();
        if (!report.findings().runs().isEmpty()) {
            console.print(ReportWriter.referenceLine(report));
            List<Summary> rows = Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond());
            console.print(ReportWriter.summaryTable(rows));
            console.println();
        }
        console.print(ReportWriter.peerTable(report));
        console.print(ReportWriter.faultsTable(report));
        console.print(ReportWriter.frontierTable(report));
        console.println((report.passed() ? "Every run correct. " : "SOME RUNS ARE WRONG OR FAILED. ") + "Report: "
                + folder.resolve("report.html"));
        console.flush();
    }
}
