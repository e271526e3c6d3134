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
 * @param ratioToReference the median over the correct runs of each run's throughput over the reference measurement
 *                         nearest to it in time (over the one reference rate, in reports from before there were
 *                         several), or null
 * @param latencyMs        end to end: medians of the runs' percentiles, each run's samples and batches, the sender's lag
 * @param delayMs          processing delay: medians of the runs' percentiles
 * @param maxRate          the max-rate phase: batches, the figure's error bound, its CPU and RSS (streaming jobs only)
 * @param costs            start-up, CPU and peak RSS, and the harness's own CPU
 * @param slots            the slots or threads the engine got, as its runs recorded it, or null
 */
public record Summary(Identity identity, int runs, int correct, Range throughput, Double ratioToReference,
                      LatencyMs latencyMs, DelayMs delayMs, MaxRate maxRate, Costs costs, String slots) {

    /** A figure's median over the runs, and its least and greatest; all null when no correct run has it. */
    public record Range(Double median, Double min, Double max) {}

    /**
     * End-to-end latency: medians of the runs' percentiles (p99: of the runs with one, i.e. with at
     * least {@value Stats#MIN_SAMPLES_FOR_P99} samples), each run's samples and batches, and the
     * fixed-rate sender's lag behind its schedule over the lines (medians of the runs' p99 and max).
     */
    public record LatencyMs(Double p50, Double p95, Double p99, Double max, List<Integer> samples, List<Integer> batches,
                            Double senderLagP99, Double senderLagMax) {

        /** Short: the percentiles alone, as before samples, batches and lag were recorded. */
        public LatencyMs(Double p50, Double p95, Double p99, Double max) {
            this(p50, p95, p99, max, List.of(), List.of(), null, null);
        }

        static LatencyMs of(List<RunResult> correct) {
            Function<RunResult, Stats.Percentiles> latency = r -> r.latency().endToEndMs();
            Function<RunResult, Stats.Percentiles> lines = r -> r.latency().senderLagMs() == null ? null
                    : r.latency().senderLagMs().lines();
            List<RunResult> sampled = correct.stream().filter(r -> r.latency().endToEndMs() != null).toList();
            return new LatencyMs(median(correct, latency, Stats.Percentiles::p50), median(correct, latency, Stats.Percentiles::p95),
                    median(correct, latency, Stats.Percentiles::p99), median(correct, latency, Stats.Percentiles::max),
                    sampled.stream().map(r -> r.latency().markersFound()).toList(),
                    sampled.stream().map(r -> r.latency().markerBatches()).toList(),
                    median(correct, lines, Stats.Percentiles::p99), median(correct, lines, Stats.Percentiles::max));
        }
    }

    public record DelayMs(Double p50, Double p99) {}

    /** Medians: start-up, the child's CPU, its peak RSS, and the harness's own CPU during the run (sending, watching). */
    public record Costs(Double startupMs, Double cpuSeconds, Double peakRssMiB, Double harnessCpuSeconds) {}

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

    /**
     * The same, each row's throughput also as a ratio: each run's to the reference measurement its
     * {@link Conditions} name, or else to {@code referenceRate} (words/s), when known.
     */
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
        Function<RunResult, Stats.Percentiles> delay = r -> r.latency().processingDelayMs();
        return new Summary(identity, group.size(), correct.size(), throughput, median(correct, r -> ratio(r, referenceRate)),
                LatencyMs.of(correct),
                new DelayMs(median(correct, delay, Stats.Percentiles::p50), median(correct, delay, Stats.Percentiles::p99)),
                identity.subject().streaming() ? maxRate(correct) : MaxRate.NONE,
                new Costs(median(correct, r -> r.resources().startupMs() == null ? null : r.resources().startupMs().doubleValue()),
                        median(correct, r -> r.resources().cpuSeconds()), median(correct, r -> r.resources().peakRssMiB()),
                        median(correct, RunResult::harnessCpuSeconds)),
                group.stream().map(RunResult::conditions).filter(Objects::nonNull).map(Conditions::slots).filter(Objects::nonNull)
                        .findFirst().orElse(null));
    }

    /** A run's throughput over its own reference measurement, or over {@code referenceRate}; null if either is unknown. */
    private static Double ratio(RunResult run, Double referenceRate) {
        Conditions conditions = run.conditions();
        Double reference = conditions != null && conditions.referenceWordsPerSecond() != null
                ? conditions.referenceWordsPerSecond() : referenceRate;
        Double wordsPerSecond = run.throughput().wordsPerSecond();
        return wordsPerSecond == null || reference == null ? null : wordsPerSecond / reference;
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
