package dev.streamcompare.harness.report.diff;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Summary;
import dev.streamcompare.harness.report.SustainableResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two reports compared row by row (a row: a job on an engine, matched by its {@link Identity}): each
 * figure's change and whether it is beyond its {@link NoiseBand}, the rows whose correctness changed,
 * the rows only one report has, and what keeps the two from comparing at all.
 *
 * @param old         the earlier report, OLD
 * @param now         the later, NEW
 * @param mismatches  how their machines or inputs differ (compared anyway only when asked to: {@code --force}); empty
 *                    when they do not
 * @param drift       how far the reference rate moved from OLD to NEW, in % of OLD's (either way), or null
 * @param changes     every figure both reports have a value of, by row in OLD's order, then by {@link Figure}
 * @param correctness the rows correct in one report and not in the other
 * @param removed     the rows only OLD has
 * @param added       the rows only NEW has
 */
public record ReportDiff(Side old, Side now, List<String> mismatches, Double drift, List<FigureChange> changes,
                         List<CorrectnessChange> correctness, List<Identity> removed, List<Identity> added) {

    /** One of the two reports, and what to call it: its folder's name. */
    public record Side(String name, Report report) {

        /** Whether some row of it has a single run, so no spread: its band is the floor or the drift alone. */
        public boolean singleRuns() {
            return runs(report).stream().anyMatch(row -> row.runs() == 1);
        }
    }

    /** The flags one JVM gained and lost from OLD to NEW: {@code harness}, or an engine's jobs. */
    public record FlagChange(String jvm, List<String> added, List<String> removed) {}

    /** {@code old} (named {@code oldName}) and {@code now} compared. */
    public static ReportDiff of(String oldName, Report old, String newName, Report now) {
        Map<Identity, Row> a = rows(old);
        Map<Identity, Row> b = rows(now);
        Double drift = drift(old.findings().referenceRateWordsPerSecond(), now.findings().referenceRateWordsPerSecond());
        List<FigureChange> changes = new ArrayList<>();
        List<CorrectnessChange> correctness = new ArrayList<>();
        for (Map.Entry<Identity, Row> entry : a.entrySet()) {
            Row before = entry.getValue();
            Row after = b.get(entry.getKey());
            if (after == null) {
                continue;
            }
            for (Figure figure : Figure.values()) {
                Double x = before.value(figure);
                Double y = after.value(figure);
                if (x != null && y != null) {
                    changes.add(new FigureChange(entry.getKey(), figure, x, y,
                            new NoiseBand(before.spread(figure), after.spread(figure), drift,
                                    max(before.error(figure), after.error(figure)))));
                }
            }
            if (before.summary() != null && after.summary() != null && before.correct() != after.correct()) {
                correctness.add(new CorrectnessChange(entry.getKey(), before.summary().correct(), before.summary().runs(),
                        after.summary().correct(), after.summary().runs()));
            }
        }
        return new ReportDiff(new Side(oldName, old), new Side(newName, now), Comparability.mismatches(old, now), drift,
                List.copyOf(changes), List.copyOf(correctness), only(a, b), only(b, a));
    }

    private static Double max(Double a, Double b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Double.valueOf(Math.max(a, b));
    }

    /** The figures that moved beyond their noise band, either way. */
    public List<FigureChange> moved() {
        return changes.stream().filter(FigureChange::moved).toList();
    }

    /** Whether the two reports' machines and inputs are the same: their figures compare. */
    public boolean comparable() {
        return mismatches.isEmpty();
    }

    /** The JVMs whose flags differ between the reports, when both recorded them. */
    public List<FlagChange> flagChanges() {
        Report.JvmFlags a = old.report().setup() == null ? null : old.report().setup().jvmFlags();
        Report.JvmFlags b = now.report().setup() == null ? null : now.report().setup().jvmFlags();
        if (a == null || b == null) {
            return List.of();
        }
        List<FlagChange> changed = new ArrayList<>();
        flagChange(changed, "harness", a.harness(), b.harness());
        Set<String> engines = new LinkedHashSet<>(orEmpty(a.jobs()).keySet());
        engines.retainAll(orEmpty(b.jobs()).keySet());
        engines.forEach(engine -> flagChange(changed, engine + " jobs", a.jobs().get(engine), b.jobs().get(engine)));
        return List.copyOf(changed);
    }

    /**
     * The engines (and {@code kafka}) whose settings differ between the reports, as report.json's {@code settings} gives them:
     * heap, batch interval, parallelism, a cluster; each in one report only counts too.
     */
    public List<String> settingsChanged() {
        Map<String, Map<String, Object>> a = settings(old.report());
        Map<String, Map<String, Object>> b = settings(now.report());
        Set<String> engines = new LinkedHashSet<>(a.keySet());
        engines.addAll(b.keySet());
        return engines.stream().filter(engine -> !Objects.equals(a.get(engine), b.get(engine))).toList();
    }

    private static Map<String, Map<String, Object>> settings(Report report) {
        return report.setup() == null ? Map.of() : orEmpty(report.setup().settings());
    }

    private static void flagChange(List<FlagChange> changed, String jvm, List<String> a, List<String> b) {
        List<String> before = a == null ? List.of() : a;
        List<String> after = b == null ? List.of() : b;
        List<String> added = after.stream().filter(f -> !before.contains(f)).toList();
        List<String> removed = before.stream().filter(f -> !after.contains(f)).toList();
        if (!added.isEmpty() || !removed.isEmpty()) {
            changed.add(new FlagChange(jvm, added, removed));
        }
    }

    /** A report's row: its summary of the runs (null when it has none, only a sustainable rate), its correct runs, and its sustainable rate. */
    private record Row(Summary summary, List<RunResult> correctRuns, Double sustainable) {

        Double value(Figure figure) {
            return figure == Figure.SUSTAINABLE ? sustainable : summary == null ? null : figure.of(summary);
        }

        /** The figure's spread over the correct runs; none for the sustainable rate, a single search. */
        Double spread(Figure figure) {
            return figure == Figure.SUSTAINABLE ? null : NoiseBand.spreadOf(correctRuns.stream().map(figure::of).toList());
        }

        /** The largest error bound a correct run states for the figure (throughput's only); null for none. */
        Double error(Figure figure) {
            return figure != Figure.THROUGHPUT ? null : correctRuns.stream().map(r -> r.throughput().errorPercent())
                    .filter(Objects::nonNull).max(Double::compare).orElse(null);
        }

        boolean correct() {
            return CorrectnessChange.correct(summary.correct(), summary.runs());
        }

        Row withSustainable(Double rate) {
            return new Row(summary, correctRuns, rate);
        }
    }

    /** The rows of {@code report}: those of its runs, in their order, then those with a sustainable rate only. */
    private static Map<Identity, Row> rows(Report report) {
        List<RunResult> runs = orEmpty(report.findings().runs());
        Map<Identity, Row> rows = new LinkedHashMap<>();
        for (Summary summary : runs(report)) {
            rows.put(summary.identity(), new Row(summary,
                    runs.stream().filter(r -> r.identity().equals(summary.identity()) && r.correct()).toList(), null));
        }
        for (SustainableResult sustainable : orEmpty(report.findings().sustainable())) {
            Row row = rows.getOrDefault(sustainable.identity(), new Row(null, List.of(), null));
            rows.put(sustainable.identity(), row.withSustainable(sustainable.wordsPerSecond()));
        }
        return rows;
    }

    private static List<Summary> runs(Report report) {
        return Summary.of(orEmpty(report.findings().runs()), report.findings().referenceRateWordsPerSecond());
    }

    private static List<Identity> only(Map<Identity, Row> in, Map<Identity, Row> notIn) {
        return in.keySet().stream().filter(identity -> !notIn.containsKey(identity)).toList();
    }

    /** |b / a − 1| in %, or null when either is unknown. */
    private static Double drift(Double a, Double b) {
        return a == null || b == null || a <= 0 ? null : Math.abs(b / a - 1) * 100;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
