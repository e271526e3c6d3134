package dev.streamcompare.harness.run;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.JobArgs;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.report.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The batch job's run: the whole input file; its whole result (every word with its count, one batch
 * file in its {@code --output} folder) checked against the reference's counts, and its printed top
 * words, in order, against the reference's top. Throughput is words / (child JVM exit − spawn),
 * start-up included.
 */
public final class BatchRun {

    private final RunContext context;
    private final Workload workload;

    public BatchRun(RunContext context, Workload workload) {
        this.context = context;
        this.workload = workload;
    }

    public RunResult run(Engine engine, int run, RunEvents events) throws IOException, InterruptedException {
        int top = context.settings().batchTop();
        List<String> printed = new ArrayList<>();
        String name = "batch-" + engine + "-" + run;
        Path output = context.workFolder().resolve(name).resolve("out");
        JobArgs args = new JobArgs().input(workload.input()).top(top).output(output).cores(context.settings().cores());
        try (RunningJob job = context.start(name, engine, Job.BATCH, args, List.of(), line -> {
            synchronized (printed) {
                printed.add(line);
            }
        })) {
            events.phase("running", 0, workload.words());
            OptionalInt exit = job.waitFor(context.settings().timeout());
            long ended = System.currentTimeMillis();
            String failure = exit.isEmpty() ? "no result within " + context.settings().timeout().toSeconds() + " s"
                    : exit.getAsInt() != 0 ? "exited with " + exit.getAsInt() : null;
            Integer exitCode = exit.isPresent() ? exit.getAsInt() : job.stop();
            List<String> lines;
            synchronized (printed) {
                lines = List.copyOf(printed);
            }
            double seconds = (ended - job.spawnedMillis()) / 1000.0;
            MonitoredChild child = job.child();
            Published published = new Published(lines, BatchFiles.sum(output));
            return new RunResult(Identity.of(Job.BATCH, engine), run, verdict(published, workload.top(top), workload.counts(), failure,
                    exitCode),
                    new Throughput(failure == null ? workload.words() / seconds : null, new RunResult.Phase(workload.words(), seconds, 0)),
                    Latency.NONE, new Resources(null, child.cpuSeconds(), child.peakRssBytes()), child.harnessCpuSeconds(),
                    child.relativeLog(), null);
        }
    }

    /** What the batch job published: the lines it printed (its top words) and its whole result (every word). */
    record Published(List<String> printed, Map<String, Long> whole) {}

    /**
     * Correct when it ran, its whole result equals the reference's counts and it printed exactly
     * the reference's top words, in order.
     */
    static Verdict verdict(Published published, List<WordCount> expectedTop, Map<String, Long> expected, String failure,
                           Integer exitCode) {
        RunResult.Differences differences = Differences.between(expected, published.whole());
        boolean topInOrder = published.printed().equals(expectedTop.stream().map(WordCount::toTsv).toList());
        if (!topInOrder) {
            List<String> first = new ArrayList<>(differences.first());
            first.add(0, "the printed top " + expectedTop.size() + " is not the reference's, in its order");
            differences = new RunResult.Differences(differences.missing(), differences.extra(), differences.different(), first);
        }
        return new Verdict(failure == null && differences == RunResult.Differences.NONE, failure, exitCode, sum(expected),
                sum(published.whole()), differences);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
