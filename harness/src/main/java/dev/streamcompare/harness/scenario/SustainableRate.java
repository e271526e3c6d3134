package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.run.FixedRate;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.Setup;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code --find-sustainable}: the highest fixed rate a streaming job keeps up with, for each variant.
 * A rate is sustained when the run is correct and, over the whole probe, every marker's end-to-end
 * latency stays within three batch intervals and the last words are published within three batch
 * intervals of the last line sent (no growing backlog). Found by {@link RateSearch}: doubling from
 * {@code --rate} until the first probe that falls behind, then bisection, at most
 * {@code --sustain-probes} probes; each probe is a child JVM of its own with the fixed-rate phase only.
 */
final class SustainableRate {

    private SustainableRate() {}

    static SustainableResult find(ScenarioContext context, Job job, Engine engine, Setup setup)
            throws IOException, InterruptedException {
        CompareSettings settings = context.settings();
        Sustain sustain = settings.sustain();
        Identity identity = Identity.of(job, engine, setup.variant(), setup.state());
        long boundMillis = FrontierSettings.boundMillis(settings.run().batchMillis());
        int[] index = {0};
        SustainableResult.Search search = RateSearch.run(settings.fixedRate().linesPerSecond(), sustain.probes(), rate -> {
            int i = ++index[0];
            JobRunner runner = context.runner();
            RunResult run;
            try (RunEvents line = context.listener().runStarted(String.format("sustainable %s %s: probe %d (at most %d) at %,d lines/s",
                    job, identity.engine(), i, sustain.probes(), rate), identity)) {
                run = runner.runStreaming(runner.fixedRatePlan("sustain-" + job + "-" + identity.engine() + "-" + rate, job, engine,
                        setup, i, new FixedRate(rate, sustain.probeSeconds(), settings.fixedRate().markerEveryMillis()),
                        Duration.ofMillis(boundMillis), false), line);
                line.finished(run);
            }
            return probe(rate, run, boundMillis);
        });
        return SustainableResult.of(identity, search, context.workload().wordsPerFixedRateLine(), sustain.probeSeconds());
    }

    /** Whether {@code run} at {@code rate} kept up: correct, and no marker later than {@code boundMillis}. */
    static SustainableProbe probe(int rate, RunResult run, long boundMillis) {
        Double max = run.latency().endToEndMs() == null ? null : run.latency().endToEndMs().max();
        boolean sustained = run.correct() && max != null && max <= boundMillis;
        String reason = sustained ? "" : !run.correct() ? String.valueOf(run.failure() != null ? run.failure() : "wrong counts")
                : max == null ? "no marker latency" : "latency max " + max.longValue() + " ms > " + boundMillis + " ms";
        return new SustainableProbe(rate, sustained, run.latency().endToEndMs() == null ? null : run.latency().endToEndMs().p99(),
                max, reason);
    }
}
