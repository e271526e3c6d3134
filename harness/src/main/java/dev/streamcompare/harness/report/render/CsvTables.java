package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables of the CSV files beside the report, for a spreadsheet or a script: figures as plain
 * numbers (no thousands separators, no units: those are in the headings), empty where there is none.
 */
final class CsvTables {

    /** One column: a heading with its unit, and how to write a row's figure. */
    private record Column(String heading, Function<Summary, String> value) {}

    /** The summary table's columns, each figure of a composite cell ({@code p50 / p95 / p99 / max}) a column of its own. */
    private static final List<Column> SUMMARY = List.of(
            new Column("job", s -> s.identity().job()),
            new Column("engine", s -> s.identity().engine()),
            new Column("slots / threads", s -> s.slots() == null ? "" : s.slots()),
            new Column("runs", s -> String.valueOf(s.runs())),
            new Column("correct runs", s -> String.valueOf(s.correct())),
            new Column("throughput median, words/s", s -> number(s.throughput().median())),
            new Column("throughput min, words/s", s -> number(s.throughput().min())),
            new Column("throughput max, words/s", s -> number(s.throughput().max())),
            new Column("throughput error bound, %", s -> number(maxRate(s).errorPercent())),
            new Column("throughput near the offered rate (job may be faster)", s -> String.valueOf(maxRate(s).boundedByFeed())),
            new Column("× reference rate", s -> number(s.ratioToReference())),
            new Column("latency p50, ms", s -> number(s.latencyMs().p50())),
            new Column("latency p95, ms", s -> number(s.latencyMs().p95())),
            new Column("latency p99, ms", s -> number(s.latencyMs().p99())),
            new Column("latency max, ms", s -> number(s.latencyMs().max())),
            new Column("latency samples per run (;)", s -> joined(s.latencyMs().samples())),
            new Column("latency batches per run (;)", s -> joined(s.latencyMs().batches())),
            new Column("sender behind schedule p99, ms", s -> number(s.latencyMs().senderLagP99())),
            new Column("sender behind schedule max, ms", s -> number(s.latencyMs().senderLagMax())),
            new Column("batches at max rate", s -> number(maxRate(s).batches())),
            new Column("processing delay p50, ms", s -> number(s.delayMs().p50())),
            new Column("processing delay p99, ms", s -> number(s.delayMs().p99())),
            new Column("start-up, ms", s -> number(s.costs().startupMs())),
            new Column("CPU whole run, s", s -> number(s.costs().cpuSeconds())),
            new Column("peak RSS whole run, MiB", s -> number(s.costs().peakRssMiB())),
            new Column("max rate: CPU-s per M words", s -> number(maxRate(s).cpuSecondsPerMillionWords())),
            new Column("max rate: peak RSS, MiB", s -> number(maxRate(s).peakRssMiB())),
            new Column("harness CPU, s", s -> number(s.costs().harnessCpuSeconds())));

    private CsvTables() {}

    /** A row per summary row, in the same order. */
    static Table summary(List<Summary> rows) {
        return new Table(SUMMARY.stream().map(Column::heading).toList(),
                rows.stream().map(row -> SUMMARY.stream().map(c -> c.value().apply(row)).toList()).toList());
    }

    /**
     * Every marker's latency the report holds, a row per marker found: the timelines of the streaming
     * runs and the soak runs (reports from before every run kept them: the soak runs only), in the report's order.
     */
    static Table latency(Report report) {
        List<List<String>> rows = new ArrayList<>();
        orEmpty(report.findings().runs()).forEach(run -> samples(rows, "run", run));
        orEmpty(report.findings().soak()).stream().map(SoakResult::run).forEach(run -> samples(rows, "soak", run));
        return new Table(List.of("from", "job", "engine", "run", "marker scheduled, s since the job's JVM was spawned",
                "end-to-end latency, ms"), rows);
    }

    private static void samples(List<List<String>> rows, String from, RunResult run) {
        if (run != null && run.timeline() != null && run.timeline().latencyMs() != null) {
            run.timeline().latencyMs().forEach(p -> rows.add(List.of(from, run.identity().job(), run.identity().engine(),
                    String.valueOf(run.run()), number(p.seconds()), number(p.value()))));
        }
    }

    private static Summary.MaxRate maxRate(Summary s) {
        return s.maxRate() == null ? new Summary.MaxRate(null, null, null, null, false) : s.maxRate();
    }

    /** A figure as a plain number, {@code 2275000}, {@code 0.26}; empty for none. */
    static String number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String joined(List<Integer> values) {
        return values == null ? "" : values.stream().map(v -> Objects.toString(v, "")).collect(Collectors.joining(";"));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
