package dev.streamcompare.harness.run;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.RunResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans of one comparison's runs on its input, and the runs themselves: a streaming job's
 * plan (its phases) and lifecycle ({@link StreamingRun}), the batch job ({@link BatchRun}), the
 * baseline ({@link BaselineRun}) and the reference rate, each in a child JVM of its own.
 */
public final class JobRunner {

    private final RunContext context;
    private final Workload workload;
    /** Sent before the max-rate phase and not timed, or null: see the {@code --warm-up} option. */
    private final Workload warmUp;
    private final FixedRate fixedRate;

    public JobRunner(RunContext context, Workload workload, Workload warmUp, FixedRate fixedRate) {
        this.context = context;
        this.workload = workload;
        this.warmUp = warmUp;
        this.fixedRate = fixedRate;
    }

    public RunContext context() {
        return context;
    }

    /**
     * The comparison's plan of a streaming run: the warm-up and the max-rate phase when the job can
     * take a backlog (file and Kafka jobs, engines whose socket source can), then the fixed-rate phase.
     */
    public StreamingPlan comparisonPlan(Job job, Engine engine, Setup setup, int run) {
        List<Phase> phases = new ArrayList<>();
        if (!job.readsSocket() || engine.takesSocketBacklog()) {
            if (warmUp != null) {
                phases.add(MaxRatePhase.warmUp(warmUp));
            }
            phases.add(MaxRatePhase.timed(workload));
        }
        phases.add(fixedRatePhase(fixedRate, context.settings().timeout()));
        return new StreamingPlan(job + "-" + Identity.of(job, engine, setup.variant(), setup.state()).engine() + "-" + run, job, engine,
                setup, run, phases, false);
    }

    /** A plan of the fixed-rate phase only, at {@code rate}, its last words awaited at most {@code drainBound}. */
    public StreamingPlan fixedRatePlan(String name, Job job, Engine engine, int run, FixedRate rate, Duration drainBound,
                                       boolean timeline) {
        return fixedRatePlan(name, job, engine, Setup.of(Variant.FAITHFUL), run, rate, drainBound, timeline);
    }

    /** The same, in {@code setup}. */
    public StreamingPlan fixedRatePlan(String name, Job job, Engine engine, Setup setup, int run, FixedRate rate,
                                       Duration drainBound, boolean timeline) {
        return new StreamingPlan(name, job, engine, setup, run, List.of(fixedRatePhase(rate, drainBound)), timeline);
    }

    /** A plan of the max-rate phase, cold, then {@code after} (the scaling runs). */
    public StreamingPlan maxRatePlan(String name, Job job, Engine engine, Variant variant, FixedRate after) {
        return new StreamingPlan(name, job, engine, Setup.of(variant), 1,
                List.of(MaxRatePhase.timed(workload), fixedRatePhase(after, context.settings().timeout())), false);
    }

    private FixedRatePhase fixedRatePhase(FixedRate rate, Duration drainBound) {
        return new FixedRatePhase(rate, workload.fixedRateLines(rate.lines()), drainBound);
    }

    /** A streaming run as {@code plan} says. */
    public RunResult runStreaming(StreamingPlan plan, RunEvents events) throws IOException, InterruptedException {
        return new StreamingRun(context, plan, events).run();
    }

    /** A streaming run of the comparison: start-up, warm-up, max rate, fixed rate, stop, check. */
    public RunResult runStreaming(Job job, Engine engine, Setup setup, int run, RunEvents events)
            throws IOException, InterruptedException {
        return runStreaming(comparisonPlan(job, engine, setup, run), events);
    }

    /** The batch job: the top words of the whole input, checked against the reference's. */
    public RunResult runBatch(Engine engine, int run, RunEvents events) throws IOException, InterruptedException {
        return new BatchRun(context, workload).run(engine, run, events);
    }

    /** The seed's plain consumer, no engine: the baseline. */
    public RunResult runBaseline(int run, RunEvents events) throws IOException, InterruptedException {
        return new BaselineRun(context, workload).run(run, events);
    }

    /**
     * Measurement {@code number} of the reference rate on this comparison's input ({@link
     * ReferenceRate}), {@code when} in the comparison, in a child JVM with the jobs' heap and CPUs:
     * its rate (null if it failed; its log says why), the time its timed pass ended and the load
     * average then.
     */
    public ReferenceMeasurement runReferenceRate(int number, String when) throws IOException, InterruptedException {
        Double[] rate = new Double[2]; // the rate, and the load average when it came
        Instant[] at = {null};
        long start = System.nanoTime();
        String log;
        try (RunningJob child = context.startHarnessChild("reference-rate-" + number, ReferenceRate.class, line -> {
            Double parsed = ReferenceRate.parse(line);
            if (parsed != null) {
                at[0] = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                rate[1] = LoadAverage.now();
                rate[0] = parsed;
            }
        }, workload.input().toString())) {
            if (child.waitFor(context.settings().timeout()).isEmpty()) {
                child.stop();
            }
            log = child.child().relativeLog();
        }
        return new ReferenceMeasurement(when, (at[0] == null ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : at[0]).toString(), rate[0],
                at[0] == null ? LoadAverage.now() : rate[1], (System.nanoTime() - start) / 1e9, log);
    }
}
