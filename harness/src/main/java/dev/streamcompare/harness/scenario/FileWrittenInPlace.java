package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * File written in place: appended straight into the watched folder in ten slices, slowly, instead
 * of moved in whole, its sentinel last. What the engine misses of the file is the finding, bounded
 * by the file: the run passes if nothing is counted twice. A job that ends on its own is reported
 * as a finding, with its log, never as a pass.
 */
final class FileWrittenInPlace {

    private FileWrittenInPlace() {}

    static FaultResult run(RunContext context, Engine engine, List<String> text) throws IOException, InterruptedException {
        String name = "fault-in-place-" + engine;
        Path work = Files.createDirectories(context.workFolder().resolve(name));
        Path in = work.resolve("in");
        FaultInput input = FaultInput.of("fault-in-place", text, 1);
        Map<String, Long> expected = new HashMap<>(input.expected());
        String failure = null;
        String finding = null;
        JobArgs args = new JobArgs().output(work.resolve("out")).print(0).batchMillis(context.settings().batchMillis())
                .cores(context.settings().cores()).inputDir(in);
        try (BatchWatcher watcher = new BatchWatcher(work.resolve("out"), false)) {
            FileFeed feed = new FileFeed(in, watcher, 1);
            RunningJob child = context.start(name, engine, Job.FILE, args, List.of(), line -> { });
            try {
                child.whileAlive(() -> feed.awaitReady(context.settings().timeout()));
                expected.merge(FileFeed.PROBE, 1L, Long::sum);
                writeInSlices(in.resolve("written-in-place.txt"), input.lines(), context.settings().batchMillis());
                FaultWaits.awaitSettled(watcher, expected, child, context.settings().batches(3));
                // What the engine does with such a file is the finding, ending on its own included
                // (seen once from Flink, exit 1): reported with its log, never a pass.
                if (child.isAlive()) {
                    failure = FaultWaits.stop(child);
                } else {
                    finding = FaultWaits.endedOnItsOwn(child);
                }
            } catch (TimeoutException e) {
                if (child.isAlive()) {
                    failure = e.getMessage();
                } else {
                    finding = FaultWaits.endedOnItsOwn(child);
                }
            } finally {
                child.close();
            }
            watcher.close();
            Map<String, Long> counted = watcher.totals();
            long words = counted.values().stream().mapToLong(Long::longValue).sum() - counted.getOrDefault(FileFeed.PROBE, 0L);
            long inFile = input.wordsIn(0, input.lines().size());
            FaultResult result = FaultWaits.result("file written in place", Identity.of(Job.FILE, engine), false, expected, counted,
                    FaultResult.Recovery.NONE, String.format("counted %d of the file's %d words (%.0f %%)", words, inFile,
                            100.0 * words / inFile), failure, List.of(child.child().relativeLog()));
            List<Integer> missing = input.missing(counted);
            result = result.withCounts(result.counts().bounded(inFile, missing.size(), 0));
            return finding == null ? result : result.withFinding(finding);
        }
    }

    /** Ten slices, a quarter of a batch interval apart, appended to one file in the watched folder. */
    private static void writeInSlices(Path file, List<String> lines, long batchMillis) throws IOException, InterruptedException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int slice = 0; slice < 10; slice++) {
                for (String line : lines.subList(lines.size() * slice / 10, lines.size() * (slice + 1) / 10)) {
                    writer.write(line);
                    writer.write('\n');
                }
                writer.flush();
                Thread.sleep(batchMillis / 4); // the writer's pace, part of the scenario
            }
        }
    }
}
