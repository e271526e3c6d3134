package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.diff.CorrectnessChange;
import dev.streamcompare.harness.report.diff.Figure;
import dev.streamcompare.harness.report.diff.FigureChange;
import dev.streamcompare.harness.report.diff.ReportDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** The tables of a diff of two reports, built once for diff.md and diff.html. */
final class DiffTables {

    /** The column of a figure's table that says whether and which way it moved. */
    static final int MOVED = 6;

    private DiffTables() {}

    /** The two reports side by side: when, from what, on what, under what load, how fast the machine was. */
    static Table reports(ReportDiff diff) {
        Report a = diff.old().report();
        Report b = diff.now().report();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("created", text(a.createdUtc()), text(b.createdUtc())));
        rows.add(row("command", a, b, r -> text(r.commandLine())));
        rows.add(row("git commit", a, b, r -> setup(r, s -> text(s.gitCommit()))));
        rows.add(List.of("report.json layout", "version " + a.schema(), "version " + b.schema()));
        rows.add(row("machine", a, b, DiffTables::machine));
        rows.add(row("input", a, b, DiffTables::input));
        rows.add(row("load average, 1 min: start / end / max", a, b, DiffTables::load));
        String before = a.findings().referenceRateWordsPerSecond() == null ? NONE : Format.words(a.findings().referenceRateWordsPerSecond());
        Double rate = b.findings().referenceRateWordsPerSecond();
        rows.add(List.of("reference rate, words/s", before, rate == null ? NONE
                : Format.words(rate) + (diff.drift() == null ? "" : " (drift " + Format.percent(diff.drift()) + ")")));
        return new Table(List.of("", diff.old().name(), diff.now().name()), rows);
    }

    /** A figure's table: a row per job and engine both reports have it for, OLD's value, NEW's, the change and the band. */
    static Table figure(ReportDiff diff, Figure figure) {
        return new Table(List.of("job", "engine", diff.old().name(), diff.now().name(), "change", "noise band", "moved"),
                of(diff, figure).stream().map(c -> List.of(c.identity().job(), c.identity().engine(), value(figure, c.old()),
                        value(figure, c.now()), change(c.percent()), "±" + Format.percent(c.band().percent()) + " ("
                                + c.band().source() + ")", c.moved() ? c.direction() : "")).toList());
    }

    /** The changes of {@code figure}, in row order. */
    static List<FigureChange> of(ReportDiff diff, Figure figure) {
        return diff.changes().stream().filter(c -> c.figure() == figure).toList();
    }

    /** The rows correct in one report and not in the other. */
    static Table correctness(ReportDiff diff) {
        return new Table(List.of("job", "engine", diff.old().name() + ": correct", diff.now().name() + ": correct", ""),
                diff.correctness().stream().map(c -> List.of(c.identity().job(), c.identity().engine(),
                        c.oldCorrect() + "/" + c.oldRuns(), c.newCorrect() + "/" + c.newRuns(),
                        c.broke() ? "went wrong" : "now correct")).toList());
    }

    /** The rows only one report has. */
    static Table oneSided(ReportDiff diff) {
        List<List<String>> rows = new ArrayList<>();
        diff.removed().forEach(i -> rows.add(List.of(i.job(), i.engine(), diff.old().name(), "removed")));
        diff.added().forEach(i -> rows.add(List.of(i.job(), i.engine(), diff.now().name(), "added")));
        return new Table(List.of("job", "engine", "only in", ""), rows);
    }

    /** A figure's value in its unit: words/s as {@code 2.31 M}, ms and MiB whole, seconds to a tenth. */
    static String value(Figure figure, double value) {
        return switch (figure.unit()) {
            case "words/s" -> Format.words(value);
            case "s" -> Format.oneDecimal(value);
            default -> Format.ms(value);
        };
    }

    /** A change in %, signed: {@code +3.2 %}, {@code -50.0 %}. */
    static String change(double percent) {
        return String.format(Locale.ROOT, "%+.1f %%", percent);
    }

    /** {@code socket on flink}. */
    static String row(Identity identity) {
        return identity.job() + " on " + identity.engine();
    }

    /** A moved figure in a line: {@code socket on spark: throughput -50.0 % (slower)}. */
    static String moved(FigureChange c) {
        return row(c.identity()) + ": " + c.figure().label() + " " + change(c.percent()) + " (" + c.direction() + ")";
    }

    /** A row whose correctness changed, in a line. */
    static String correctness(ReportDiff diff, CorrectnessChange c) {
        return row(c.identity()) + (c.broke() ? " went wrong" : " is correct again") + " (" + diff.old().name() + ": "
                + c.oldCorrect() + "/" + c.oldRuns() + " correct, " + diff.now().name() + ": " + c.newCorrect() + "/" + c.newRuns() + " correct)";
    }

    private static List<String> row(String heading, Report a, Report b, Function<Report, String> value) {
        String x = value.apply(a);
        String y = value.apply(b);
        return List.of(heading, x, Objects.equals(x, y) && !NONE.equals(x) ? "the same" : y);
    }

    private static String setup(Report report, Function<Report.Setup, String> value) {
        return report.setup() == null ? NONE : value.apply(report.setup());
    }

    private static String machine(Report report) {
        return setup(report, s -> s.machine() == null ? NONE : String.format(Locale.ROOT, "%s, %d cores, %.1f GiB",
                s.machine().cpuModel(), s.machine().cores(), s.machine().memoryBytes() / (1024.0 * 1024 * 1024)));
    }

    private static String input(Report report) {
        return setup(report, s -> s.input() == null || s.input().text() == null ? NONE : s.input().text().seed() + " × "
                + s.input().text().repeat() + ", sha256 " + abbreviated(s.input().text().sha256()));
    }

    private static String load(Report report) {
        return setup(report, s -> s.loadAverage() == null ? NONE : Format.twoDecimals(s.loadAverage().atStart()) + " / "
                + Format.twoDecimals(s.loadAverage().atEnd()) + " / " + Format.twoDecimals(s.loadAverage().max()));
    }

    private static String abbreviated(String sha) {
        return sha == null ? NONE : sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private static String text(String value) {
        return value == null ? NONE : value;
    }
}
