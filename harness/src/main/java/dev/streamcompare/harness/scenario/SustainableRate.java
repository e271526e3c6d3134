package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.run.ConsoleProgress;
import dev.streamcompare.harness.run.JobRunner;
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

    static SustainableResult find(JobRunner runner, Job job, Engine engine, CompareSettings settings, ConsoleProgress progress,
                       double wordsPerLine) throws IOException, InterruptedException {
        long boundMillis = 3L * settings.run().batchSeconds() * 1000;
        List<SustainableProbe> probes = new ArrayList<>();
        int lo = 0;
        int hi = Integer.MAX_VALUE;
        int rate = settings.fixedRate().linesPerSecond();
        SustainableProbe best = null;
        for (int i = 1; i <= settings.sustain().probes(); i++) {
            String name = "sustain-" + job + "-" + engine + "-" + rate;
            RunResult run;
            try (ConsoleProgress.Run line = progress.start(String.format("sustainable %s %s: probe %d/%d at %,d lines/s",
                    job, engine, i, settings.sustain().probes(), rate))) {
                run = runner.runStreaming(job, engine, i, new JobRunner.StreamingPlan(name, Variant.FAITHFUL, false, rate,
                        settings.sustain().probeSeconds(), Duration.ofMillis(boundMillis), false), line);
                line.finish(run);
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
