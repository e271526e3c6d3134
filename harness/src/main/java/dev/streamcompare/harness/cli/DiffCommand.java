package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.diff.ReportDiff;
import dev.streamcompare.harness.report.render.DiffReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff OLD NEW}: what changed between two reports, beyond the noise, as Markdown (and diff.md, diff.html). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two reports row by row (a job on an engine): each figure's change, flagged when beyond its "
                + "noise band (the runs' spread, a 10 %% floor, the reference rate's drift between the reports), rows whose "
                + "correctness changed, rows only one report has. Prints Markdown; refuses reports from different machines or "
                + "inputs unless --force (docs/diff.md).",
            "  ./compare.sh diff reports/20260101T100000Z reports/latest"})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report: a report folder, or its report.json.")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later report: a report folder, or its report.json.")
    Path now;

    @Option(names = "--force", description = "Compare reports from different machines or inputs all the same; the output says so.")
    boolean force;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/diff.md and DIR/diff.html (DIR made if missing).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Report before = Report.load(old);
        Report after = Report.load(now);
        String oldName = name(old);
        String newName = name(now);
        if (oldName.equals(newName)) {
            oldName += " (OLD)";
            newName += " (NEW)";
        }
        ReportDiff diff = ReportDiff.of(oldName, before, newName, after);
        if (!diff.comparable() && !force) {
            throw new BadInputException("will not compare reports from different machines or inputs (" + String.join("; ",
                    diff.mismatches()) + "): --force compares them all the same");
        }
        spec.commandLine().getOut().print(DiffReport.markdown(diff));
        spec.commandLine().getOut().flush();
        if (out != null) {
            DiffReport.write(diff, out);
            spec.commandLine().getErr().println("Wrote " + out.resolve(DiffReport.MARKDOWN) + " and " + out.resolve(DiffReport.HTML));
        }
        return 0;
    }

    /**
     * What the diff calls a report: its folder's name ({@code 20260101T100000Z}, also for {@code reports/latest}), or
     * the file's for a file of another name.
     */
    private static String name(Path path) throws java.io.IOException {
        Path absolute = path.toRealPath();
        Path folder = Files.isDirectory(absolute) ? absolute
                : absolute.getFileName().toString().equals(Report.FILE) ? absolute.getParent() : absolute;
        return folder == null || folder.getFileName() == null ? path.toString() : folder.getFileName().toString();
    }
}
