package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.SoakVerdict;
import dev.streamcompare.harness.report.Stats;
import dev.streamcompare.harness.run.FixedRate;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./compare.sh --soak MINUTES}: each streaming job on each engine at the fixed rate for
 * MINUTES, with RSS, state size and latency recorded over time. Passes when, once the state has
 * stopped growing, RSS grows by less than {@link #MAX_RSS_GROWTH_PERCENT} % to the end and p99
 * latency (the max, under 100 markers) stays within {@link #LATENCY_BOUND_BATCHES} batch intervals.
 */
public final class Soak {

    public static final double MAX_RSS_GROWTH_PERCENT = SoakVerdict.MAX_RSS_GROWTH_PERCENT;
    public static final int LATENCY_BOUND_BATCHES = SoakVerdict.LATENCY_BOUND_BATCHES;
    /** A soak's markers, at most one every 250 ms: the timeline keeps each one (14,400 an hour in report.json). */
    static final long MARKER_EVERY_MILLIS = 250;

    private Soak() {}

    static List<SoakResult> runAll(ScenarioContext context) throws IOException, InterruptedException {
        CompareSettings settings = context.settings();
        JobRunner runner = context.runner();
        RunListener progress = context.listener();
        List<SoakResult> results = new ArrayList<>();
        for (Job job : settings.selection().jobs()) {
            for (Engine engine : job == Job.BATCH ? List.<Engine>of() : settings.selection().engines()) {
                String name = "soak-" + job + "-" + engine;
                try (RunEvents line = progress.runStarted(String.format("soak %s %s: %d min at %,d lines/s", job, engine,
                        settings.soakMinutes(), settings.fixedRate().linesPerSecond()), Identity.of(job, engine))) {
                    RunResult run = runner.runStreaming(runner.fixedRatePlan(name, job, engine, 1, new FixedRate(settings.fixedRate().linesPerSecond(),
                            settings.soakMinutes() * 60, Math.max(MARKER_EVERY_MILLIS, settings.fixedRate().markerEveryMillis())),
                            settings.run().timeout(), true), line);
                    line.finished(run);
                    results.add(new SoakResult(Identity.of(job, engine), settings.soakMinutes(), settings.fixedRate().linesPerSecond(),
                            run, judge(run, settings.run().batchMillis())));
                }
            }
        }
        return results;
    }

    /**
     * The verdict on a soak run. The steady part starts when the distinct words counted reach
     * their final number (the state has stopped growing), and not before a tenth of the run (the
     * JVM warming up); RSS there and at the end are medians over a tenth of the run.
     */
    static SoakVerdict judge(RunResult run, long batchMillis) {
        RunResult.Timeline timeline = run.timeline();
        if (timeline == null || timeline.rssMiB().size() < 10) {
            return SoakVerdict.unjudged(run.correct() ? "too short to judge" : "the run failed: " + run.failure());
        }
        List<RunResult.Point> rss = timeline.rssMiB();
        double end = rss.get(rss.size() - 1).seconds();
        double tenth = (end - rss.get(0).seconds()) / 10;
        double finalDistinct = timeline.distinctWords().stream().mapToDouble(RunResult.Point::value).max().orElse(0);
        double stateSteady = timeline.distinctWords().stream().filter(p -> p.value() >= finalDistinct)
                .mapToDouble(RunResult.Point::seconds).findFirst().orElse(end);
        double steadyFrom = Math.max(stateSteady, rss.get(0).seconds() + tenth);
        double atSteady = median(rss, steadyFrom, steadyFrom + tenth);
        double atEnd = median(rss, end - tenth, end);
        double growth = 100 * (atEnd - atSteady) / atSteady;
        List<Long> latencies = timeline.latencyMs().stream().filter(p -> p.seconds() >= steadyFrom)
                .map(p -> (long) p.value()).toList();
        Stats.Percentiles since = Stats.Percentiles.of(latencies);
        Double p99 = since == null ? null : since.p99();
        long bound = LATENCY_BOUND_BATCHES * batchMillis;
        List<String> reasons = new ArrayList<>();
        if (!run.correct()) {
            reasons.add("the run was not correct: " + (run.failure() == null ? "wrong counts" : run.failure()));
        }
        if (growth >= MAX_RSS_GROWTH_PERCENT) {
            reasons.add(String.format(java.util.Locale.ROOT, "RSS grew %.0f %% after the state stopped growing", growth));
        }
        if (since == null) {
            reasons.add("no marker found after the steady point");
        } else if (p99 != null ? p99 > bound : since.max() > bound) { // too few markers for a p99: the max is held to the bound
            reasons.add(p99 != null ? "p99 latency " + p99.longValue() + " ms > " + bound + " ms" : "max latency "
                    + since.max().longValue() + " ms > " + bound + " ms (" + latencies.size() + " markers: no p99)");
        }
        return new SoakVerdict(steadyFrom, atSteady, atEnd, growth, p99, reasons.isEmpty(), String.join("; ", reasons));
    }

    private static double median(List<RunResult.Point> points, double from, double to) {
        double[] values = points.stream().filter(p -> p.seconds() >= from && p.seconds() <= to)
                .mapToDouble(RunResult.Point::value).sorted().toArray();
        return values.length == 0 ? points.get(points.size() - 1).value() : values[values.length / 2];
    }
}
