package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One job on one engine at one size and core count: its throughput and CPU cost, from a correct run only. */
public record ScalingPoint(@JsonUnwrapped Identity identity, int repeat, long words, int cores, boolean correct,
                           Double wordsPerSecond, Double cpuSecondsPerMillionWords) {

    /** The point {@code run} makes on an input of {@code words}: a wrong run's throughput is not one. */
    public static ScalingPoint of(Identity identity, int repeat, long words, int cores, RunResult run) {
        Double cpu = run.resources().cpuSeconds();
        return new ScalingPoint(identity, repeat, words, cores, run.correct(),
                run.correct() ? run.throughput().wordsPerSecond() : null, cpu == null ? null : cpu / (words / 1e6));
    }
}
