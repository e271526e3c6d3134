package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * @param alongside         what ran beside the job and is not charged to it: the harness, a Kafka job's broker
 * @param log               the child's log, relative to the report folder
 * @param timeline          the words published over the run (every streaming run), and RSS, state size and latency over
 *                          it (soak runs); null for the other runs and in reports from before
 * @param conditions        when it ran, the load around it, its CPUs and slots, its reference measurement; null in
 *                          reports from before it existed and for runs outside the comparison
 */
public record RunResult(@JsonUnwrapped Identity identity, int run, @JsonUnwrapped Verdict verdict,
                        @JsonUnwrapped Throughput throughput, @JsonUnwrapped Latency latency,
                        @JsonUnwrapped Resources resources, @JsonUnwrapped Alongside alongside, String log, Timeline timeline,
                        Conditions conditions) {

    /**
     * What ran beside the job during the run, measured as the job is and reported on its own lines.
     *
     * @param harnessCpuSeconds the harness's own CPU (feeding the job, watching its output)
     * @param broker            a Kafka job's run: the CPU and peak RSS of the broker it read from, a JVM of its own; null
     *                          for the other jobs and for a broker the harness did not start
     */
    public record Alongside(double harnessCpuSeconds, @JsonInclude(JsonInclude.Include.NON_NULL) Resources broker) {}

    /** A run whose conditions are not (yet) known: the comparison adds them ({@link #withConditions}). */
    public RunResult(Identity identity, int run, Verdict verdict, Throughput throughput, Latency latency, Resources resources,
                     double harnessCpuSeconds, String log, Timeline timeline) {
        this(identity, run, verdict, throughput, latency, resources, new Alongside(harnessCpuSeconds, null), log, timeline, null);
    }

    /** The harness's own CPU during the run. */
    @JsonIgnore
    public double harnessCpuSeconds() {
        return alongside.harnessCpuSeconds();
    }

    /** What the Kafka broker cost during the run, or null. */
    @JsonIgnore
    public Resources broker() {
        return alongside.broker();
    }

    /** Words missing, extra, or counted differently, with the first few differences. */
    public record Differences(int missing, int extra, int different, List<String> first) {
        public static final Differences NONE = new Differences(0, 0, 0, List.of());
    }

    /** A figure at a time: seconds since the child was spawned, and the value. */
    public record Point(double seconds, double value) {}

    /**
     * The run over time, each point at its seconds since the child was spawned.
     *
     * @param rssMiB         the tree's RSS, sampled every second (soak runs; null for the others)
     * @param distinctWords  the distinct words counted, sampled every second (soak runs; null for the others)
     * @param latencyMs      each marker's latency, at its scheduled time (soak runs; null for the others)
     * @param wordsPublished the words the job had published, at each batch's publish to the ms (every streaming run, in
     *                       every phase; empty when none was published); at most {@link #MAX_WORDS_PUBLISHED} points, a
     *                       run of more batches thinned evenly, its first and last kept, so the words between two points
     *                       stay exact. Null in reports from before it was kept (and left out of report.json when null)
     */
    public record Timeline(@JsonInclude(JsonInclude.Include.NON_NULL) List<Point> rssMiB,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Point> distinctWords,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Point> latencyMs,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Point> wordsPublished) {

        /** The most points {@link #wordsPublished} keeps of a run. */
        public static final int MAX_WORDS_PUBLISHED = 500;

        /** A soak run's samples without the words published, as reports had them before. */
        public Timeline(List<Point> rssMiB, List<Point> distinctWords, List<Point> latencyMs) {
            this(rssMiB, distinctWords, latencyMs, null);
        }

        /** A run that was not sampled (not a soak run): the words it published over time only. */
        public static Timeline ofWordsPublished(List<Point> wordsPublished) {
            return new Timeline(null, null, null, wordsPublished);
        }

        /** The same samples, with the words published over time. */
        public Timeline withWordsPublished(List<Point> points) {
            return new Timeline(rssMiB, distinctWords, latencyMs, points);
        }
    }

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
        return new RunResult(identity, run, verdict, throughput, latency, resources, alongside, log, timeline, other);
    }

    /** The same run, with what its Kafka broker cost beside it. */
    public RunResult withBroker(Resources brokerCost) {
        return new RunResult(identity, run, verdict, throughput, latency, resources,
                new Alongside(alongside.harnessCpuSeconds(), brokerCost), log, timeline, conditions);
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
