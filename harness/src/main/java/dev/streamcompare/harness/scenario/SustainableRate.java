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
import dev.streamcompare.harness.run.RunListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --find-sustainable}: the highest fixed rate a streaming job keeps up with. A rate is
 * sustained when, over the whole probe, every marker's end-to-end latency stays within three
 * batch intervals and the last words are published within three batch intervals of the last line
 * sent (no growing backlog). Found by doubling from {@code --rate}, then bisection; each probe is
 * a child JVM of its own with the fixed-rate phase only.
 */
final class SustainableRate {

    private SustainableRate() {}

    static SustainableResult find(ScenarioContext context, Job job, Engine engine) throws IOException, InterruptedException {
        CompareSettings settings = context.settings();
        JobRunner runner = context.runner();
        RunListener progress = context.listener();
        double wordsPerLine = context.workload().wordsPerFixedRateLine();
        long boundMillis = 3L * settings.run().batchSeconds() * 1000;
        List<SustainableProbe> probes = new ArrayList<>();
        int lo = 0;
        int hi = Integer.MAX_VALUE;
        int rate = settings.fixedRate().linesPerSecond();
        SustainableProbe best = null;
        for (int i = 1; i <= settings.sustain().probes(); i++) {
            String name = "sustain-" + job + "-" + engine + "-" + rate;
            RunResult run;
            try (RunEvents line = progress.runStarted(String.format("sustainable %s %s: probe %d/%d at %,d lines/s",
                    job, engine, i, settings.sustain().probes(), rate))) {
                run = runner.runStreaming(runner.fixedRatePlan(name, job, engine, i, new FixedRate(rate, settings.sustain().probeSeconds(),
                        settings.fixedRate().markerEveryMillis()), Duration.ofMillis(boundMillis), false), line);
                line.finished(run);
            }
            Double max = run.latency().endToEndMs() == null ? null : run.latency().endToEndMs().max();
            boolean sustained = run.correct() && max != null && max <= boundMillis;
            String reason = sustained ? "" : !run.correct() ? String.valueOf(run.failure()) : "latency max " + max.longValue()
                    + " ms > " + boundMillis + " ms";
            SustainableProbe probe = new SustainableProbe(rate, sustained, run.latency().endToEndMs() == null ? null
                    : run.latency().endToEndMs().p99(), max, reason);
            probes.add(probe);
            if (sustained) {
                lo = rate;
                best = probe;
            } else {
                hi = rate;
            }
            int next = hi == Integer.MAX_VALUE ? rate * 2 : lo == 0 ? rate / 2 : (lo + hi) / 2;
            if (next < 1 || (hi != Integer.MAX_VALUE && lo > 0 && (double) hi / lo < 1.15)) {
                break;
            }
            rate = next;
        }
        return SustainableResult.of(Identity.of(job, engine), best, wordsPerLine, settings.sustain().probeSeconds(), probes);
    }
}
