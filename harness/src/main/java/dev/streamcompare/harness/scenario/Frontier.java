package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FrontierPoint;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.run.StreamingPlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./compare.sh --frontier}: latency against throughput. For each streaming job asked for,
 * engine and variant — and Flink's per-record variant of the stateful jobs — and for each batch
 * interval, one run ({@link FrontierSearch}): the sustainable rate at that interval, then the
 * latency at {@link FrontierPoint#SHARE} of it. The intervals run from the longest down; each
 * search starts from the rate the line sustained at the interval before (the first from
 * {@code --rate}).
 */
final class Frontier {

    private Frontier() {}

    /** The variants of a frontier line: those asked for, and Flink's per-record one on the stateful jobs. */
    static List<Variant> variants(Job job, Engine engine, List<Variant> asked) {
        List<Variant> variants = new ArrayList<>(engine.variants(asked));
        if (engine == Engine.FLINK && job.stateful()) {
            variants.add(Variant.PER_RECORD);
        }
        return variants;
    }

    /**
     * Flink's buffer timeout at {@code interval}: its default, 100 ms, down to a quarter of the
     * interval, so that a batch is not held back by a part-filled buffer for most of its length.
     */
    static Integer flinkBufferMs(long interval) {
        return interval >= 4 * DEFAULT_BUFFER_MS ? null : (int) Math.max(1, interval / 4);
    }

    /** Flink's default network buffer timeout, ms. */
    static final long DEFAULT_BUFFER_MS = 100;

    /**
     * The engines of {@code job}'s lines. --quick runs the stateful jobs on Flink only, in batches and
     * per record: the Spark engines' stateful jobs rewrite their whole state every batch and keep up
     * with little below a second, so that their searches would take most of the ten minutes to find
     * no point (the full frontier has them; docs/performance.md).
     */
    static List<Engine> engines(Job job, List<Engine> asked, boolean quick) {
        return quick && job.stateful() ? asked.stream().filter(e -> e == Engine.FLINK).toList() : asked;
    }

    static List<FrontierPoint> run(ScenarioContext context) throws IOException, InterruptedException {
        CompareSettings settings = context.settings();
        FrontierSettings frontier = settings.sustain().frontier();
        List<FrontierPoint> points = new ArrayList<>();
        for (Job job : FrontierSettings.jobs(settings.selection().jobs())) {
            for (Engine engine : engines(job, settings.selection().engines(), context.quick())) {
                for (Variant variant : variants(job, engine, settings.selection().variants())) {
                    int start = settings.fixedRate().linesPerSecond();
                    for (long interval : frontier.intervalsMs()) {
                        FrontierPoint point = point(context, job, engine, variant, interval, start);
                        points.add(point);
                        SustainableResult sustained = point.sustainable();
                        start = sustained != null && sustained.linesPerSecond() != null ? sustained.linesPerSecond() : start;
                    }
                }
            }
        }
        return points;
    }

    private static FrontierPoint point(ScenarioContext context, Job job, Engine engine, Variant variant, long interval, int start)
            throws IOException, InterruptedException {
        CompareSettings settings = context.settings();
        FrontierSettings frontier = settings.sustain().frontier();
        Identity identity = Identity.of(job, engine, variant);
        JobRunner runner = new JobRunner(context.run().with(settings.run().withBatchMillis(interval, flinkBufferMs(interval)),
                context.run().workFolder()),
                context.workload(), null, settings.fixedRate());
        FrontierSearch search = new FrontierSearch(context.workload(), start, frontier, interval, FrontierPoint.MARKER_EVERY_MILLIS);
        StreamingPlan plan = new StreamingPlan("frontier-" + job + "-" + identity.engine() + "-" + interval + "ms", job, engine, Setup.of(variant),
                1, List.of(search), false);
        RunResult run;
        try (RunEvents line = context.listener().runStarted(String.format("frontier %s %s: %d ms batches, from %,d lines/s",
                job, identity.engine(), interval, start), identity)) {
            run = runner.runStreaming(plan, line);
            line.finished(run);
        }
        SustainableResult sustainable = search.search() == null ? null
                : SustainableResult.of(identity, search.search(), context.workload().wordsPerFixedRateLine(), frontier.probeSeconds(interval));
        return new FrontierPoint(identity, interval, engine == Engine.FLINK ? flinkBufferMs(interval) : null, sustainable,
                search.latencyRate(), search.latency(), search.latencyKeptUp(), run.correct(),
                run.failure() == null ? null : String.valueOf(run.failure()));
    }
}
