package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.Conditions;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Yardstick;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The yardstick in the report: the reference rate the ratios are taken to, its measurements
 * through the comparison with their spread, and a plain statement when the machine's speed moved.
 */
final class ReferenceSection {

    private static final String WHAT = "the reference counter (the jobs' tokenizer and a hash map), one thread, the input "
            + "in memory, third pass";

    static final String INTRO = "Each measurement of the reference rate, with the machine's 1-minute load average "
            + "(/proc/loadavg, the harness's own children included) when its timed pass ended. Each run's ratio is taken "
            + "against the measurement nearest to the middle of the run (the runs' table names it).";

    private ReferenceSection() {}

    /** The reference rate the ratios are taken to, and how it was measured; nothing without one. */
    static String line(Report report) {
        Double rate = report.findings().referenceRateWordsPerSecond();
        Yardstick yardstick = report.findings().yardstick();
        if (rate == null) {
            return "";
        }
        if (yardstick.rates().size() < 2) {
            return "Reference rate: " + Format.words(rate) + " words/s — " + WHAT + ", in this run. \"× reference rate\" is "
                    + "each row's throughput over it.\n\n";
        }
        return String.format(Locale.ROOT, "Reference rate: %s words/s, the median of %d measurements (%s–%s, spread %.0f %%) — "
                        + "%s, measured before the first run and after each round of runs (%.0f s in all). "
                        + "\"× reference rate\" is the median of each run's throughput over the measurement nearest to it in time.%n%n",
                Format.words(rate), yardstick.rates().size(), Format.words(yardstick.min()), Format.words(yardstick.max()),
                yardstick.spreadPercent(), WHAT, yardstick.seconds());
    }

    /** A plain statement that the machine's speed moved during the comparison, when it did; else nothing. */
    static String moved(Report report) {
        Yardstick yardstick = report.findings().yardstick();
        if (!yardstick.moved()) {
            return "";
        }
        return String.format(Locale.ROOT, "The machine's speed moved during this comparison: the reference rate measured "
                + "%s to %s words/s, the fastest %.0f %% above the slowest (more than %.0f %%). Absolute figures taken at "
                + "different times are not comparable; each ratio is taken against the measurement nearest to its run, "
                + "which corrects for the move only as far as the machine held still between the two.%n%n",
                Format.words(yardstick.min()), Format.words(yardstick.max()), yardstick.spreadPercent(), Yardstick.MOVED_PERCENT);
    }

    /** The measurements, a row each; null without a list of them (reports from before, other modes). */
    static Table table(Report report) {
        List<ReferenceMeasurement> measurements = report.findings().yardstick().measurements();
        if (measurements.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            ReferenceMeasurement m = measurements.get(i);
            rows.add(List.of("#" + (i + 1), m.when(), m.atUtc(), m.measured() ? Format.words(m.wordsPerSecond()) : "failed",
                    load(m.loadAverage()), Format.oneDecimal(m.seconds()), m.log()));
        }
        return new Table(List.of("measurement", "when", "at (UTC)", "words/s", "load average", "took, s", "log"), rows);
    }

    /** The section of the measurements, or null without them. */
    static Section section(Report report) {
        Table table = table(report);
        return table == null ? null : Section.titled("Reference rate").text(INTRO).table(table).build();
    }

    /** A run's reference: its throughput over the measurement it is taken against, and which: {@code 0.52 × #2}. */
    static String reference(RunResult run) {
        Conditions c = run.conditions();
        if (c == null || c.reference() == null) {
            return NONE;
        }
        Double wordsPerSecond = run.throughput().wordsPerSecond();
        return (wordsPerSecond == null ? "" : Format.ratio(wordsPerSecond / c.referenceWordsPerSecond()) + " × ")
                + "#" + c.reference();
    }

    /** A run's load average at start and end: {@code 0.52 → 1.87}. */
    static String loadAverages(RunResult run) {
        Conditions c = run.conditions();
        return c == null ? NONE : load(c.loadAverageAtStart()) + " → " + load(c.loadAverageAtEnd());
    }

    private static String load(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.2f", value);
    }
}
