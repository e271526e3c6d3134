package dev.streamcompare.harness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The runs of one job on one engine, reduced to medians with min–max: the rows of every table.
 *
 * @param identity         the job and engine
 * @param runs             runs made
 * @param correct          of those, correct
 * @param throughput       words/s: median, min and max
 * @param ratioToReference the median throughput over the reference rate, or null
 * @param latencyMs        end to end: medians of the runs' percentiles
 * @param delayMs          processing delay: medians of the runs' percentiles
 * @param maxRate          the max-rate phase: batches, the figure's error bound, its CPU and RSS (streaming jobs only)
 * @param costs            start-up, CPU and peak RSS
 */
public record Summary(Identity identity, int runs, int correct, Range throughput, Double ratioToReference,
                      LatencyMs latencyMs, DelayMs delayMs, MaxRate maxRate, Costs costs) {

    /** A figure's median over the runs, and its least and greatest; all null when no correct run has it. */
    public record Range(Double median, Double min, Double max) {}

    public record LatencyMs(Double p50, Double p95, Double p99, Double max) {}

    public record DelayMs(Double p50, Double p99) {}

    public record Costs(Double startupMs, Double cpuSeconds, Double peakRssMiB) {}

    /**
     * The max-rate phase of a streaming row.
     *
     * @param batches                   median of the batches that brought its words
     * @param errorPercent              the largest error bound of the runs' figures, % (null when none was stated)
     * @param cpuSecondsPerMillionWords median, CPU of the phase alone
     * @param peakRssMiB                median of the phase's peak RSS
     * @param boundedByFeed             a run's figure near the rate its input was offered at: the job may be faster
     */
    public record MaxRate(Double batches, Double errorPercent, Double cpuSecondsPerMillionWords, Double peakRssMiB,
                          boolean boundedByFeed) {

        static final MaxRate NONE = new MaxRate(null, null, null, null, false);

        /** Whether the error bound is above {@link Throughput#ERROR_TARGET_PERCENT}. */
        public boolean beyondErrorTarget() {
            return errorPercent != null && errorPercent > Throughput.ERROR_TARGET_PERCENT;
        }
    }

    /**
     * One row per job and engine, in the order the runs were made. Figures come from the correct
     * runs only: a run that double-counts reaches its totals early and would inflate them.
     */
    public static List<Summary> of(List<RunResult> runs) {
        return of(runs, null);
    }

    /** The same, each row's median throughput also as a ratio to {@code referenceRate} (words/s), when known. */
    public static List<Summary> of(List<RunResult> runs, Double referenceRate) {
        Map<Identity, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult run : runs) {
            groups.computeIfAbsent(run.identity(), k -> new ArrayList<>()).add(run);
        }
        return groups.entrySet().stream().map(group -> of(group.getKey(), group.getValue(), referenceRate)).toList();
    }

    private static Summary of(Identity identity, List<RunResult> group, Double referenceRate) {
        List<RunResult> correct = group.stream().filter(RunResult::correct).toList();
        Function<RunResult, Double> wordsPerSecond = r -> r.throughput().wordsPerSecond();
        List<Double> rates = values(correct, wordsPerSecond);
        Range throughput = new Range(median(correct, wordsPerSecond), rates.stream().min(Double::compare).orElse(null),
                rates.stream().max(Double::compare).orElse(null));
        Function<RunResult, Stats.Percentiles> latency = r -> r.latency().endToEndMs();
        Function<RunResult, Stats.Percentiles> delay = r -> r.latency().processingDelayMs();
        return new Summary(identity, group.size(), correct.size(), throughput,
                throughput.median() == null || referenceRate == null ? null : throughput.median() / referenceRate,
                new LatencyMs(median(correct, latency, Stats.Percentiles::p50), median(correct, latency, Stats.Percentiles::p95),
                        median(correct, latency, Stats.Percentiles::p99), median(correct, latency, Stats.Percentiles::max)),
                new DelayMs(median(correct, delay, Stats.Percentiles::p50), median(correct, delay, Stats.Percentiles::p99)),
                identity.subject().streaming() ? maxRate(correct) : MaxRate.NONE,
                new Costs(median(correct, r -> r.resources().startupMs() == null ? null : r.resources().startupMs().doubleValue()),
                        median(correct, r -> r.resources().cpuSeconds()), median(correct, r -> r.resources().peakRssMiB())));
    }

    private static MaxRate maxRate(List<RunResult> correct) {
        Function<RunResult, PhaseResources> resources = r -> r.throughput().maxRatePhase() == null ? null
                : r.throughput().maxRatePhase().resources();
        return new MaxRate(median(correct, r -> phase(r) == null ? null : (double) phase(r).batches()),
                values(correct, r -> r.throughput().errorPercent()).stream().max(Double::compare).orElse(null),
                median(correct, r -> resources.apply(r) == null ? null : resources.apply(r).cpuSecondsPerMillionWords(phase(r).words())),
                median(correct, r -> resources.apply(r) == null ? null : resources.apply(r).peakRssMiB()),
                correct.stream().anyMatch(r -> r.throughput().boundedByFeed()));
    }

    private static RunResult.Phase phase(RunResult run) {
        return run.throughput().maxRatePhase();
    }

    private static List<Double> values(List<RunResult> runs, Function<RunResult, Double> figure) {
        return runs.stream().map(figure).filter(Objects::nonNull).toList();
    }

    private static Double median(List<RunResult> runs, Function<RunResult, Double> figure) {
        List<Double> values = values(runs, figure);
        return values.isEmpty() ? null : Stats.median(values);
    }

    /** The median of a percentile of the runs' {@code sample}, over the runs that have one. */
    private static Double median(List<RunResult> runs, Function<RunResult, Stats.Percentiles> sample,
                                 Function<Stats.Percentiles, Double> percentile) {
        return median(runs, r -> sample.apply(r) == null ? null : percentile.apply(sample.apply(r)));
    }
}
