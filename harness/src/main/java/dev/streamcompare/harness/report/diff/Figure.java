package dev.streamcompare.harness.report.diff;

import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Stats;
import dev.streamcompare.harness.report.Summary;
import java.util.function.Function;

/**
 * A figure two reports are compared on, as the summary table gives it (the median of a row's correct
 * runs), each run's value of it (for the runs' spread), and which way is worse.
 */
public enum Figure {
    THROUGHPUT("throughput", "words/s", Worse.LOWER, "slower", "faster",
            s -> s.throughput().median(), r -> r.throughput().wordsPerSecond()),
    LATENCY_P50("latency p50", "ms", Worse.HIGHER, "slower", "faster",
            s -> s.latencyMs().p50(), r -> percentile(r, Stats.Percentiles::p50)),
    LATENCY_P99("latency p99", "ms", Worse.HIGHER, "slower", "faster",
            s -> s.latencyMs().p99(), r -> percentile(r, Stats.Percentiles::p99)),
    STARTUP("start-up", "ms", Worse.HIGHER, "slower", "faster",
            s -> s.costs().startupMs(), r -> r.resources().startupMs() == null ? null : r.resources().startupMs().doubleValue()),
    CPU("CPU, whole run", "s", Worse.HIGHER, "more CPU", "less CPU",
            s -> s.costs().cpuSeconds(), r -> r.resources().cpuSeconds()),
    PEAK_RSS("peak RSS, whole run", "MiB", Worse.HIGHER, "more memory", "less memory",
            s -> s.costs().peakRssMiB(), r -> r.resources().peakRssMiB()),
    /** From the --find-sustainable search, one per row: no runs, no spread. */
    SUSTAINABLE("sustainable rate", "words/s", Worse.LOWER, "slower", "faster", s -> null, r -> null);

    /** Which way a figure gets worse. */
    enum Worse { HIGHER, LOWER }

    private final String label;
    private final String unit;
    private final Worse worse;
    private final String worseWord;
    private final String betterWord;
    private final Function<Summary, Double> median;
    private final Function<RunResult, Double> perRun;

    Figure(String label, String unit, Worse worse, String worseWord, String betterWord, Function<Summary, Double> median,
           Function<RunResult, Double> perRun) {
        this.label = label;
        this.unit = unit;
        this.worse = worse;
        this.worseWord = worseWord;
        this.betterWord = betterWord;
        this.median = median;
        this.perRun = perRun;
    }

    /** Its name in the diff: {@code throughput}, {@code latency p99}. */
    public String label() {
        return label;
    }

    /** Its unit: {@code words/s}, {@code ms}, {@code s}, {@code MiB}. */
    public String unit() {
        return unit;
    }

    /** Whether a change of {@code percent} makes the figure worse: a lower throughput, a higher latency. */
    public boolean worse(double percent) {
        return worse == Worse.HIGHER ? percent > 0 : percent < 0;
    }

    /** What a change of {@code percent} means: {@code slower}, {@code faster}, {@code more memory}, …; null for none. */
    public String direction(double percent) {
        return percent == 0 ? null : worse(percent) ? worseWord : betterWord;
    }

    /** A row's figure, as the summary table gives it; null when it has none. */
    Double of(Summary row) {
        return median.apply(row);
    }

    /** A run's figure; null when it has none. */
    Double of(RunResult run) {
        return perRun.apply(run);
    }

    private static Double percentile(RunResult run, Function<Stats.Percentiles, Double> which) {
        Stats.Percentiles latency = run.latency().endToEndMs();
        return latency == null ? null : which.apply(latency);
    }
}
