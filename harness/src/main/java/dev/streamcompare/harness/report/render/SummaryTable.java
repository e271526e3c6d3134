package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.Summary;
import dev.streamcompare.harness.report.Throughput;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The summary table: a row per job and engine, medians of its runs. */
final class SummaryTable {

    /** One column: a heading and how to print a row's figure. */
    private record Column(String heading, Function<Summary, String> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("job", s -> s.identity().job()),
            new Column("engine", s -> s.identity().engine()),
            new Column("slots / threads", s -> s.slots() == null ? NONE : s.slots()),
            new Column("correct", s -> s.correct() + "/" + s.runs()),
            new Column("throughput, words/s ± error (min–max)", SummaryTable::throughput),
            new Column("× reference rate", s -> s.ratioToReference() == null ? NONE : Format.ratio(s.ratioToReference())),
            new Column("latency p50 / p95 / p99 / max, ms", SummaryTable::latency),
            new Column("latency samples / batches", SummaryTable::samples),
            new Column("sender behind schedule p99 / max, ms", s -> s.latencyMs().senderLagMax() == null ? NONE
                    : LatencyTable.p99(s.latencyMs().senderLagP99()) + " / " + Format.ms(s.latencyMs().senderLagMax())),
            new Column("batches at max rate", s -> Format.whole(s.maxRate().batches())),
            new Column("processing delay p50 / p99, ms", s -> s.delayMs().p50() == null ? NONE
                    : Format.ms(s.delayMs().p50()) + " / " + LatencyTable.p99(s.delayMs().p99())),
            new Column("start-up, ms", s -> Format.whole(s.costs().startupMs())),
            new Column("CPU, s, whole run", s -> Format.oneDecimal(s.costs().cpuSeconds())),
            new Column("peak RSS, MiB, whole run", s -> Format.whole(s.costs().peakRssMiB())),
            new Column("max rate: CPU-s per M words", s -> Format.twoDecimals(s.maxRate().cpuSecondsPerMillionWords())),
            new Column("max rate: peak RSS, MiB", s -> Format.whole(s.maxRate().peakRssMiB())),
            new Column("harness CPU, s", s -> Format.oneDecimal(s.costs().harnessCpuSeconds())));

    /** The mark of a figure whose error bound is above the target. */
    static final String BEYOND_TARGET = "†";

    private SummaryTable() {}

    static Table of(List<Summary> rows) {
        return new Table(COLUMNS.stream().map(Column::heading).toList(),
                rows.stream().map(row -> COLUMNS.stream().map(c -> c.value().apply(row)).toList()).toList());
    }

    /** What the marks in the table say, for those it has; else nothing. */
    static String note(List<Summary> rows) {
        String note = rows.stream().noneMatch(r -> r.maxRate().beyondErrorTarget()) ? ""
                : String.format(Locale.ROOT, "%s error bound above %.0f %%: the max-rate phase spanned too few batches (or its "
                        + "publishes strayed too far from a steady rate) for a closer figure; a larger --repeat narrows it "
                        + "(How each figure is measured).%n%n", BEYOND_TARGET, Throughput.ERROR_TARGET_PERCENT);
        return note + (rows.stream().noneMatch(r -> r.maxRate().boundedByFeed()) ? ""
                : String.format(Locale.ROOT, "≥: a run's figure within %.0f %% of the rate the harness offers its input at: the "
                        + "job may be faster.%n%n", 100 * (1 - Throughput.FEED_BOUND_SHARE)));
    }

    /**
     * The median, its error bound (the largest of the runs'), and with several runs the least and
     * greatest: {@code 2.31 M ±1.2 % (2.26 M–2.36 M)}; a bound above the target marked.
     */
    private static String throughput(Summary s) {
        Summary.Range t = s.throughput();
        if (t.median() == null) {
            return NONE;
        }
        Double error = s.maxRate().errorPercent();
        return (s.maxRate().boundedByFeed() ? "≥ " : "") + Format.words(t.median()) + (error == null ? "" : " ±" + Format.percent(error)
                + (s.maxRate().beyondErrorTarget() ? BEYOND_TARGET : ""))
                + (s.runs() > 1 ? " (" + Format.words(t.min()) + "–" + Format.words(t.max()) + ")" : "");
    }

    private static String latency(Summary s) {
        Summary.LatencyMs l = s.latencyMs();
        return l.p50() == null ? NONE : String.format(Locale.ROOT, "%s / %s / %s / %s",
                Format.ms(l.p50()), Format.ms(l.p95()), LatencyTable.p99(l.p99()), Format.ms(l.max()));
    }

    /** Each correct run's markers found and the batches they fell in: {@code 400 / 10}, several runs joined by commas. */
    private static String samples(Summary s) {
        Summary.LatencyMs l = s.latencyMs();
        if (l.samples().isEmpty()) {
            return NONE;
        }
        List<String> runs = new java.util.ArrayList<>();
        for (int i = 0; i < l.samples().size(); i++) {
            runs.add(l.samples().get(i) + " / " + (l.batches().get(i) == null ? NONE : l.batches().get(i)));
        }
        return String.join(", ", runs);
    }
}
