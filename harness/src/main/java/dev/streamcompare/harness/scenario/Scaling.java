package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.run.FixedRate;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./compare.sh --scaling}: the cost as work grows. Each streaming job's max-rate phase at
 * input sizes of the seed × 1, × 10 and × 50 (× 1, × 2, × 5 with --quick), and at every core count
 * from 2 up to the machine's (doubling): throughput and CPU-seconds per million words.
 */
final class Scaling {

    private Scaling() {}

    static List<Integer> sizes(boolean quick) {
        return quick ? List.of(1, 2, 5) : List.of(1, 10, 50);
    }

    /** 2, 4, 8 … up to the machine's cores (2 on a 2-core machine). */
    static List<Integer> coreCounts(int available) {
        List<Integer> counts = new ArrayList<>();
        for (int cores = 2; cores <= Math.max(2, available); cores *= 2) {
            counts.add(cores);
        }
        return counts;
    }

    static List<ScalingPoint> run(ScenarioContext context) throws IOException, InterruptedException {
        CompareSettings settings = context.settings();
        RunListener progress = context.listener();
        Path work = context.run().workFolder();
        List<ScalingPoint> points = new ArrayList<>();
        for (int cores : coreCounts(Runtime.getRuntime().availableProcessors())) {
            for (int repeat : sizes(context.quick())) {
                Path folder = Files.createDirectories(work.resolve("scaling-" + repeat + "x-" + cores + "c"));
                Workload workload = Workload.prepare(context.seed(), repeat, folder.resolve("input.txt"));
                JobRunner runner = new JobRunner(context.run().with(settings.run().withCores(cores), folder), workload, null,
                        settings.fixedRate());
                for (Job job : settings.selection().jobs()) {
                    // Scaling is the max-rate phase only: the engines whose socket source can take a backlog.
                    for (Engine engine : job == Job.BATCH ? List.<Engine>of() : settings.selection().engines().stream()
                            .filter(e -> !job.readsSocket() || e.takesSocketBacklog()).toList()) {
                        for (Variant variant : engine.variants(settings.selection().variants())) {
                            String label = Identity.of(job, engine, variant).engine();
                            String name = "scaling-" + job + "-" + label + "-" + repeat + "x-" + cores + "c";
                            try (RunEvents line = progress.runStarted(String.format("scaling %s %s: seed × %d, %d cores",
                                    job, label, repeat, cores), Identity.of(job, engine, variant))) {
                                RunResult run = runner.runStreaming(runner.maxRatePlan(name, job, engine, variant, new FixedRate(
                                        settings.fixedRate().linesPerSecond(), 1, settings.fixedRate().markerEveryMillis())), line);
                                line.finished(run);
                                points.add(ScalingPoint.of(Identity.of(job, engine, variant), repeat, workload.words(), cores, run));
                            }
                        }
                    }
                }
                deleteQuietly(workload.input());
            }
        }
        return points;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the work folder goes at the end anyway
        }
    }
}
