package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.StateCost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What state costs: per stateful job and engine (state backend in its label), medians over its runs. */
final class StateTable {

    private StateTable() {}

    /** What the table shows above it. */
    static final String TEXT = "Each stateful job per engine and state backend (the label's suffix; none: the engine's "
            + "default), medians over its correct runs, with the range of the throughput. Checkpoint folder: every byte in it when "
            + "the run ended, read by the harness (the checkpoints the engine retains, and what it had not yet removed). "
            + "Checkpoints and their durations as the engine reports them: Flink's completed checkpoints (trigger to completion; "
            + "not on a cluster, where they are in the JobManager's log), Structured Streaming's state commits (one per "
            + "micro-batch, the state stores' commit time); DStreams reports none. Peak RSS: the job's JVM, over every run, "
            + "failed ones too (a run out of memory shows what it reached); failed: the first failed run's reason.";

    /** A row per stateful job and engine label, in the order of their first run; null if no run measured state. */
    static Table of(List<RunResult> runs) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult run : runs) {
            if (run.resources() != null && run.resources().state() != null) {
                groups.computeIfAbsent(run.identity().job() + "\t" + run.identity().engine(), k -> new ArrayList<>()).add(run);
            }
        }
        if (groups.isEmpty()) {
            return null;
        }
        return new Table(List.of("job", "engine", "runs (correct)", "throughput, words/s (range)", "peak RSS, MiB",
                "checkpoint folder, MiB", "checkpoints", "checkpoint p50 / max, ms", "failed"),
                groups.values().stream().map(StateTable::row).toList());
    }

    private static List<String> row(List<RunResult> all) {
        RunResult first = all.get(0);
        List<RunResult> group = all.stream().filter(RunResult::correct).toList(); // figures of correct runs only
        List<Double> rates = values(group, r -> r.throughput().wordsPerSecond());
        List<Double> longest = values(group, r -> state(r).maxCheckpointMs() == null ? null : state(r).maxCheckpointMs().doubleValue());
        Double median = median(values(group, r -> state(r).medianCheckpointMs()));
        return List.of(first.identity().job(), first.identity().engine(),
                all.size() + " (" + group.size() + ")",
                rates.isEmpty() ? NONE : Format.words(median(rates)) + (rates.size() < 2 ? ""
                        : " (" + Format.words(rates.get(0)) + " – " + Format.words(rates.get(rates.size() - 1)) + ")"),
                // Of every run: a run that ran out of memory shows what it had reached.
                Format.whole(median(values(all, r -> r.resources().peakRssMiB()))),
                Format.oneDecimal(median(values(group, r -> state(r).checkpointMiB()))),
                Format.whole(median(values(group, r -> state(r).checkpoints() == null ? null : state(r).checkpoints().doubleValue()))),
                median == null || longest.isEmpty() ? NONE : Format.whole(median) + " / " + Format.whole(longest.get(longest.size() - 1)),
                all.stream().filter(r -> !r.correct()).map(r -> r.failure() != null ? r.failure() : "wrong counts").findFirst().orElse(""));
    }

    private static StateCost state(RunResult run) {
        return run.resources().state();
    }

    /** The figures {@code of} gives, nulls left out, sorted. */
    private static List<Double> values(List<RunResult> group, Function<RunResult, Double> of) {
        return group.stream().map(of).filter(Objects::nonNull).sorted().toList();
    }

    private static Double median(List<Double> sorted) {
        int n = sorted.size();
        return n == 0 ? null : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
