package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.run.ConsoleProgress;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.JobRunner;
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

    static List<ScalingPoint> run(CompareSettings settings, boolean quick, Path seed, JobLauncher launcher, Path reportFolder, Path work,
                           ConsoleProgress progress) throws IOException, InterruptedException {
        List<ScalingPoint> points = new ArrayList<>();
        for (int cores : coreCounts(Runtime.getRuntime().availableProcessors())) {
            for (int repeat : sizes(quick)) {
                Path folder = Files.createDirectories(work.resolve("scaling-" + repeat + "x-" + cores + "c"));
                Workload workload = Workload.prepare(seed, repeat, folder.resolve("input.txt"));
                CompareSettings sized = settings.withCores(cores);
                JobRunner runner = new JobRunner(sized, workload, null, launcher, reportFolder, folder);
                for (Job job : settings.selection().jobs()) {
                    // Scaling is the max-rate phase only: the engines whose socket source can take a backlog.
                    for (Engine engine : job == Job.BATCH ? List.<Engine>of() : settings.selection().engines().stream()
                            .filter(e -> job.readsFolder() || e.takesSocketBacklog()).toList()) {
                        for (Variant variant : engine.variants(settings.selection().variants())) {
                            String label = JobRunner.label(engine, variant);
                            String name = "scaling-" + job + "-" + label + "-" + repeat + "x-" + cores + "c";
                            try (ConsoleProgress.Run line = progress.start(String.format("scaling %s %s: seed × %d, %d cores",
                                    job, label, repeat, cores))) {
                                RunResult run = runner.runStreaming(job, engine, 1, new JobRunner.StreamingPlan(name, variant, true,
                                        settings.fixedRate().linesPerSecond(), 1, settings.run().timeout(), false), line);
                                line.finish(run);
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
