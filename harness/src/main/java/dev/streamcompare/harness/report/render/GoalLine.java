package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Summary;
import java.util.List;
import java.util.Locale;

/** The goal set against the reference rate, and whether the tuned rows reach it ({@link ReferenceSection}: the rate itself). */
final class GoalLine {

    /** The performance goal: each tuned streaming job at this ratio to the reference rate or more (docs/performance.md). */
    static final double TUNED_GOAL = 0.5;

    private GoalLine() {}

    /** A ratio to the reference rate; three decimals, rounded down, where two would round a miss up to the goal: 0.498, not 0.50. */
    static String ratio(double value) {
        return value < TUNED_GOAL && value >= TUNED_GOAL - 0.005
                ? String.format(Locale.ROOT, "%.3f", Math.floor(value * 1000) / 1000) : String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * Whether the tuned rows reach {@link #TUNED_GOAL}, row by row, when the report has tuned rows
     * and a reference rate; else nothing. A tuned row without a figure (no correct run) misses it.
     */
    static String goalLine(List<Summary> rows, Double referenceRate) {
        List<Summary> tuned = rows.stream().filter(r -> r.identity().subject().tuned()).toList();
        if (tuned.isEmpty() || referenceRate == null) {
            return "";
        }
        List<String> missed = tuned.stream().filter(r -> r.ratioToReference() == null || r.ratioToReference() < TUNED_GOAL)
                .map(r -> r.identity().job() + " " + r.identity().engine() + " "
                        + (r.ratioToReference() == null ? "(no correct run)" : ratio(r.ratioToReference()))).toList();
        return String.format(Locale.ROOT, "Goal: every tuned streaming job at %.1f × the reference rate or more. ", TUNED_GOAL)
                + (missed.isEmpty() ? "Met by all " + tuned.size() + " tuned rows."
                : "Missed by " + missed.size() + " of " + tuned.size() + " tuned rows: " + String.join(", ", missed)
                + " (what bounds each engine: docs/performance.md).") + "\n\n";
    }
}
