package dev.streamcompare.harness.cli;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Summary;
import dev.streamcompare.harness.report.render.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report DIR}: renders report.md, report.html and their CSV files again from report.json. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Renders DIR/report.md, DIR/report.html, DIR/summary.csv and DIR/latency.csv again from DIR/report.json.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A report folder, such as reports/latest.")
    Path folder;

    @Override
    public Integer call() throws Exception {
        Report report = Report.read(folder);
        ReportWriter.write(report, folder);
        List<Summary> rows = Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond());
        spec.commandLine().getOut().print(ReportWriter.summaryTable(rows));
        spec.commandLine().getOut().print(ReportWriter.peerTable(report));
        spec.commandLine().getOut().println("Rendered " + folder.resolve("report.md") + " and " + folder.resolve("report.html")
                + ", with " + ReportWriter.SUMMARY_CSV + " and " + ReportWriter.LATENCY_CSV + " beside them");
        return 0;
    }
}
