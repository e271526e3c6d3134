package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Html.escape;

import dev.streamcompare.harness.report.diff.CorrectnessChange;
import dev.streamcompare.harness.report.diff.Figure;
import dev.streamcompare.harness.report.diff.FigureChange;
import dev.streamcompare.harness.report.diff.NoiseBand;
import dev.streamcompare.harness.report.diff.ReportDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Two reports compared ({@link ReportDiff}), as diff.md and a self-contained diff.html: what moved
 * beyond its noise band first, then the two reports side by side, a table per figure, the rows whose
 * correctness changed and the rows only one report has. The same tables in both.
 */
public final class DiffReport {

    public static final String MARKDOWN = "diff.md";
    public static final String HTML = "diff.html";

    /** The moved figures the first line names; the tables give the rest. */
    static final int NAMED = 8;

    private static final String HEAD = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>streamcompare diff</title>
            <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
            th{background:#f3f3f3}.wrong{color:#b00;font-weight:bold}</style>
            </head><body>
            """;

    /** A paragraph of the diff's opening; {@code alarm}: one to see first (bold, or red). */
    private record Line(String text, boolean alarm) {}

    private DiffReport() {}

    /** Writes diff.md and diff.html into {@code folder}, made if missing. */
    public static void write(ReportDiff diff, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(MARKDOWN), markdown(diff), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(HTML), html(diff), StandardCharsets.UTF_8);
    }

    public static String markdown(ReportDiff diff) {
        StringBuilder md = new StringBuilder("# streamcompare diff: ").append(title(diff)).append("\n\n");
        opening(diff).forEach(line -> md.append(line.alarm() ? "**" + line.text() + "**" : line.text()).append("\n\n"));
        md.append("## The two reports\n\n").append(Markdown.table(DiffTables.reports(diff))).append('\n')
                .append(flags(diff)).append(' ').append(settings(diff)).append("\n\n");
        md.append("## Figures\n\n").append(band(diff)).append("\n\n");
        for (Figure figure : figures(diff)) {
            md.append("### ").append(heading(figure)).append("\n\n").append(Markdown.table(DiffTables.figure(diff, figure))).append('\n');
        }
        if (!diff.correctness().isEmpty()) {
            md.append("## Correctness\n\n").append(Markdown.table(DiffTables.correctness(diff))).append('\n');
        }
        if (!diff.added().isEmpty() || !diff.removed().isEmpty()) {
            md.append("## Rows in one report only\n\n").append(Markdown.table(DiffTables.oneSided(diff))).append('\n');
        }
        return md.toString();
    }

    public static String html(ReportDiff diff) {
        StringBuilder html = new StringBuilder(HEAD).append("<h1>streamcompare diff: ").append(escape(title(diff))).append("</h1>");
        opening(diff).forEach(line -> html.append(line.alarm() ? "<p class=\"wrong\">" : "<p>").append(escape(line.text())).append("</p>"));
        html.append("<h2>The two reports</h2>").append(Html.table(DiffTables.reports(diff))).append(paragraph(flags(diff) + " " + settings(diff)));
        html.append("<h2>Figures</h2>").append(paragraph(band(diff)));
        for (Figure figure : figures(diff)) {
            List<FigureChange> changes = DiffTables.of(diff, figure);
            html.append("<h3>").append(escape(heading(figure))).append("</h3>").append(Html.table(DiffTables.figure(diff, figure),
                    (row, column) -> column == DiffTables.MOVED && changes.get(row).regressed()));
        }
        if (!diff.correctness().isEmpty()) {
            html.append("<h2>Correctness</h2>").append(Html.table(DiffTables.correctness(diff),
                    (row, column) -> column >= 3 && diff.correctness().get(row).broke()));
        }
        if (!diff.added().isEmpty() || !diff.removed().isEmpty()) {
            html.append("<h2>Rows in one report only</h2>").append(Html.table(DiffTables.oneSided(diff)));
        }
        return html.append("</body></html>\n").toString();
    }

    /**
     * The first line: how many figures moved beyond their noise band, and which; then, each when there is
     * one, that the reports were compared though not comparable, the rows whose correctness changed, and
     * the rows only one report has.
     */
    public static String firstLine(ReportDiff diff) {
        return opening(diff).get(0).text();
    }

    private static List<Line> opening(ReportDiff diff) {
        List<Line> lines = new ArrayList<>();
        List<FigureChange> moved = diff.moved();
        int compared = diff.changes().size();
        if (compared == 0) {
            lines.add(new Line("No figure to compare: the two reports have no row with a figure in common.", false));
        } else if (moved.isEmpty()) {
            lines.add(new Line("None of the " + compared + " figures moved beyond its noise band.", false));
        } else {
            lines.add(new Line(moved.size() + " of " + compared + (compared == 1 ? " figure" : " figures") + " moved beyond "
                    + (moved.size() == 1 ? "its" : "their") + " noise band: " + moved.stream().limit(NAMED).map(DiffTables::moved)
                    .collect(Collectors.joining("; ")) + (moved.size() > NAMED ? "; and " + (moved.size() - NAMED) + " more" : "")
                    + ".", true));
        }
        if (!diff.comparable()) {
            lines.add(new Line("Compared with --force, though the machines or inputs differ: " + String.join("; ", diff.mismatches())
                    + ". Their figures may differ for reasons no noise band covers.", true));
        }
        if (!diff.correctness().isEmpty()) {
            lines.add(new Line("Correctness changed: " + diff.correctness().stream().map(c -> DiffTables.correctness(diff, c))
                    .collect(Collectors.joining("; ")) + ".", diff.correctness().stream().anyMatch(CorrectnessChange::broke)));
        }
        if (!diff.removed().isEmpty() || !diff.added().isEmpty()) {
            lines.add(new Line("Rows only in " + diff.old().name() + " (removed): " + rows(diff.removed()) + ". Rows only in "
                    + diff.now().name() + " (added): " + rows(diff.added()) + ".", false));
        }
        return lines;
    }

    /** How the noise band is made, with this diff's drift, and which reports have rows of one run. */
    private static String band(ReportDiff diff) {
        String drift = diff.drift() == null ? "unknown here: a report has no reference rate"
                : Format.percent(diff.drift()) + " here";
        List<String> single = new ArrayList<>();
        for (ReportDiff.Side side : List.of(diff.old(), diff.now())) {
            if (side.singleRuns()) {
                single.add(side.name());
            }
        }
        return "A figure moved when it differs from " + diff.old().name() + "'s by more than its noise band, the largest of: "
                + "its runs' spread in either report (max − min over the median of the correct runs); "
                + Format.percent(NoiseBand.FLOOR_PERCENT) + ", the floor (within one comparison the machine's speed moves this "
                + "much before the report says it moved, and a figure of one run has no spread to tell its noise by); the "
                + "drift of the reference rate between the reports, the machine's speed, which every engine shares (" + drift + "); "
                + "and, for throughput, the largest error bound a run of either report gives it (the batch grid: a max-rate phase "
                + "of a few batches is known to ±20 % or worse)."
                + (single.isEmpty() ? "" : " Rows of a single run (in " + String.join(" and ", single) + ") have no spread: the "
                + "floor, the drift or the error bound bands them alone; --runs 3 gives them one.");
    }

    /** Which JVM flags differ, or that none do, or that a report did not record them. */
    private static String flags(ReportDiff diff) {
        List<String> without = new ArrayList<>();
        for (ReportDiff.Side side : List.of(diff.old(), diff.now())) {
            if (side.report().setup() == null || side.report().setup().jvmFlags() == null) {
                without.add(side.name());
            }
        }
        if (!without.isEmpty()) {
            return "JVM flags: not recorded in " + String.join(" and ", without) + ".";
        }
        List<ReportDiff.FlagChange> changes = diff.flagChanges();
        return changes.isEmpty() ? "JVM flags: the same in both." : "JVM flags that differ: " + changes.stream()
                .map(c -> c.jvm() + ": " + flagList("+", c.added()) + (c.added().isEmpty() || c.removed().isEmpty() ? "" : ", ")
                        + flagList("−", c.removed())).collect(Collectors.joining("; ")) + ".";
    }

    /** Which engines' settings (heap, batch interval, parallelism, a cluster) differ, or that none do. */
    private static String settings(ReportDiff diff) {
        List<String> changed = diff.settingsChanged();
        return changed.isEmpty() ? "Engine settings: the same in both." : "Engine settings that differ (report.json's settings): "
                + String.join(", ", changed) + ".";
    }

    private static String flagList(String sign, List<String> flags) {
        return flags.stream().map(f -> sign + " " + f).collect(Collectors.joining(", "));
    }

    private static List<Figure> figures(ReportDiff diff) {
        return java.util.Arrays.stream(Figure.values()).filter(f -> !DiffTables.of(diff, f).isEmpty()).toList();
    }

    private static String heading(Figure figure) {
        return figure.label() + ", " + figure.unit();
    }

    private static String title(ReportDiff diff) {
        return diff.old().name() + " → " + diff.now().name();
    }

    private static String rows(List<dev.streamcompare.harness.report.Identity> rows) {
        return rows.isEmpty() ? "none" : rows.stream().map(DiffTables::row).collect(Collectors.joining(", "));
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }
}
