package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One run of one job on one engine (or of the baseline), as report.json records it: each group's
 * fields in line, in this order. Figures a run does not have (latency of a batch job) are null.
 *
 * @param identity          job and engine: {@code socket}, {@code flink-tuned}; the baseline {@code consume}, {@code plain-java}
 * @param run               1..N
 * @param verdict           correct or not, and what it counted
 * @param throughput        the max-rate phase's figure
 * @param latency           the fixed-rate phase's markers
 * @param resources         start-up, CPU and peak RSS of the child
 * @param harnessCpuSeconds the harness's own CPU during the run
 * @param log               the child's log, relative to the report folder
 * @param timeline          RSS, state size and latency over the run (soak runs), or null
 * @param conditions        when it ran, the load around it, its CPUs and slots, its reference measurement; null in
 *                          reports from before it existed and for runs outside the comparison
 * @param broker            a Kafka job's run: the CPU and peak RSS of the broker it read from, a JVM of its own that
 *                          the job is not charged with; null for the other jobs and for a broker the harness did not start
 */
public record RunResult(@JsonUnwrapped Identity identity, int run, @JsonUnwrapped Verdict verdict,
                        @JsonUnwrapped Throughput throughput, @JsonUnwrapped Latency latency,
                        @JsonUnwrapped Resources resources, double harnessCpuSeconds, String log, Timeline timeline,
                        Conditions conditions, @JsonInclude(JsonInclude.Include.NON_NULL) Resources broker) {

    /** A run whose conditions are not (yet) known: the comparison adds them ({@link #withConditions}). */
    public RunResult(Identity identity, int run, Verdict verdict, Throughput throughput, Latency latency, Resources resources,
                     double harnessCpuSeconds, String log, Timeline timeline) {
        this(identity, run, verdict, throughput, latency, resources, harnessCpuSeconds, log, timeline, null, null);
    }

    /** Words missing, extra, or counted differently, with the first few differences. */
    public record Differences(int missing, int extra, int different, List<String> first) {
        public static final Differences NONE = new Differences(0, 0, 0, List.of());
    }

    /** A figure at a time: seconds since the child was spawned, and the value. */
    public record Point(double seconds, double value) {}

    /** Sampled every second: the tree's RSS and the distinct words counted; per marker: its latency. */
    public record Timeline(List<Point> rssMiB, List<Point> distinctWords, List<Point> latencyMs) {}

    /**
     * The max-rate phase: words sent, seconds from first byte to completing batch, batches that brought
     * its words; the most words per second the input was offered at, the steady part its figure is the
     * slope of, and what the phase cost (each null when not taken).
     */
    public record Phase(long words, double seconds, int batches,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Double offeredWordsPerSecond,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SteadySlope steadySlope,
                        @JsonInclude(JsonInclude.Include.NON_NULL) PhaseResources resources) {

        /** A phase timed first byte → end only: the batch job's, the baseline's. */
        public Phase(long words, double seconds, int batches) {
            this(words, seconds, batches, null, null, null);
        }
    }

    /** A run that could not be made: {@code why}, nothing measured, no log. */
    public static RunResult failed(Identity identity, int run, String why) {
        return new RunResult(identity, run, Verdict.failed(why), Throughput.NONE, Latency.NONE, Resources.NONE, 0, "", null);
    }

    /** The same run under {@code other} conditions. */
    public RunResult withConditions(Conditions other) {
        return new RunResult(identity, run, verdict, throughput, latency, resources, harnessCpuSeconds, log, timeline, other, broker);
    }

    /** The same run, with what its Kafka broker cost beside it. */
    public RunResult withBroker(Resources brokerCost) {
        return new RunResult(identity, run, verdict, throughput, latency, resources, harnessCpuSeconds, log, timeline, conditions,
                brokerCost);
    }

    /** The verdict's: whether the job's totals equal the reference counts. */
    public boolean correct() {
        return verdict.correct();
    }

    /** The verdict's: why the run failed, or null. */
    public String failure() {
        return verdict.failure();
    }
}
