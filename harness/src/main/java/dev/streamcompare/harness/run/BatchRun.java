package dev.streamcompare.harness.run;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The batch job's run: the whole input file, its top words printed and checked, in order, against
 * the reference's. Throughput is words / (child JVM exit − spawn), start-up included.
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
        JobArgs args = new JobArgs().input(workload.input()).top(top).cores(context.settings().cores());
        try (RunningJob job = context.start("batch-" + engine + "-" + run, engine, Job.BATCH, args, List.of(), line -> {
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
            return new RunResult(Identity.of(Job.BATCH, engine), run, verdict(lines, workload.top(top), failure, exitCode),
                    new Throughput(failure == null ? workload.words() / seconds : null, new RunResult.Phase(workload.words(), seconds, 0)),
                    Latency.NONE, new Resources(null, child.cpuSeconds(), child.peakRssBytes()), child.harnessCpuSeconds(),
                    child.relativeLog(), null);
        }
    }

    /** Correct when it ran and printed exactly the reference's top words, in order. */
    static Verdict verdict(List<String> printed, List<WordCount> expectedTop, String failure, Integer exitCode) {
        Map<String, Long> expected = new HashMap<>();
        expectedTop.forEach(entry -> expected.put(entry.word(), entry.count()));
        Map<String, Long> counted = new HashMap<>();
        for (String line : printed) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0 && line.substring(tab + 1).matches("\\d{1,18}")) {
                counted.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)), Long::sum);
            }
        }
        boolean inOrder = printed.equals(expectedTop.stream().map(WordCount::toTsv).toList());
        return new Verdict(failure == null && inOrder, failure, exitCode, expected.values().stream().mapToLong(Long::longValue).sum(),
                counted.values().stream().mapToLong(Long::longValue).sum(), Differences.between(expected, counted));
    }
}
