package dev.streamcompare.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The runs of one job on one engine, reduced to medians with min–max: the rows of every table. */
public record Summary(String job, String engine, int runs, int correct, Double throughputMedian, Double throughputMin,
               Double throughputMax, Double latencyP50, Double latencyP95, Double latencyP99, Double latencyMax,
               Double delayP50, Double delayP99, Double startupMs, Double cpuSeconds, Double peakRssMiB,
               Double batchesAtMaxRate, Double ratioToReference) {

    /**
     * One row per job and engine, in the order the runs were made. Figures come from the correct
     * runs only: a run that double-counts reaches its totals early and would inflate them.
     */
    public static List<Summary> of(List<RunResult> runs) {
        return of(runs, null);
    }

    /** The same, each row's median throughput also as a ratio to {@code referenceRate} (words/s), when known. */
    public static List<Summary> of(List<RunResult> runs, Double referenceRate) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult run : runs) {
            groups.computeIfAbsent(run.job() + "\u0000" + run.engine(), k -> new ArrayList<>()).add(run);
        }
        List<Summary> rows = new ArrayList<>();
        for (List<RunResult> group : groups.values()) {
            RunResult first = group.get(0);
            Double throughput = median(group, RunResult::throughputWordsPerSecond);
            rows.add(new Summary(first.job(), first.engine(), group.size(),
                    (int) group.stream().filter(RunResult::correct).count(),
                    median(group, RunResult::throughputWordsPerSecond), min(group, RunResult::throughputWordsPerSecond),
                    max(group, RunResult::throughputWordsPerSecond),
                    median(group, r -> r.latencyMs() == null ? null : r.latencyMs().p50()),
                    median(group, r -> r.latencyMs() == null ? null : r.latencyMs().p95()),
                    median(group, r -> r.latencyMs() == null ? null : r.latencyMs().p99()),
                    median(group, r -> r.latencyMs() == null ? null : r.latencyMs().max()),
                    median(group, r -> r.processingDelayMs() == null ? null : r.processingDelayMs().p50()),
                    median(group, r -> r.processingDelayMs() == null ? null : r.processingDelayMs().p99()),
                    median(group, r -> r.startupMs() == null ? null : r.startupMs().doubleValue()),
                    median(group, RunResult::cpuSeconds),
                    median(group, r -> r.peakRssBytes() == null ? null : r.peakRssBytes() / (1024.0 * 1024.0)),
                    median(group, r -> r.maxRatePhase() == null || r.job().equals("batch") || r.job().equals("consume")
                            ? null : (double) r.maxRatePhase().batches()),
                    throughput == null || referenceRate == null ? null : throughput / referenceRate));
        }
        return rows;
    }

    private static List<Double> values(List<RunResult> runs, Function<RunResult, Double> figure) {
        return runs.stream().filter(RunResult::correct).map(figure).filter(Objects::nonNull).toList();
    }

    private static Double median(List<RunResult> runs, Function<RunResult, Double> figure) {
        List<Double> values = values(runs, figure);
        return values.isEmpty() ? null : Stats.median(values);
    }

    private static Double min(List<RunResult> runs, Function<RunResult, Double> figure) {
        return values(runs, figure).stream().min(Double::compare).orElse(null);
    }

    private static Double max(List<RunResult> runs, Function<RunResult, Double> figure) {
        return values(runs, figure).stream().max(Double::compare).orElse(null);
    }
}
