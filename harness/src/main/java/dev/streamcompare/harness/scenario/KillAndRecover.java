package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.feed.LineProducer;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.CheckpointFolder;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunningJob;
import dev.streamcompare.testkit.FileDropper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kill and recover: the stateful job killed with SIGKILL at three points while its input still
 * arrives, each time half a batch interval after a checkpoint completed (so work since the
 * checkpoint is in flight), and started again on the same checkpoint folder. File input can be
 * read again (exact counts are the pass mark); socket input cannot (what is lost is reported).
 */
final class KillAndRecover {

    /** Kill points, as fractions of the input: early, middle, late. */
    static final double[] KILL_POINTS = {0.25, 0.5, 0.75};
    private static final double INPUT_SECONDS = 24;
    private static final int FILES = 48;

    private final RunContext context;
    private final Job job;
    private final Engine engine;
    private final String name;
    private final Path work;
    private final List<String> lines;
    private final Map<String, Long> expected;
    private final List<Long> afterCheckpoint = new ArrayList<>();
    private final List<Long> recovery = new ArrayList<>();
    private final List<String> logs = new ArrayList<>();
    /** The job's JVM running now: a new one after each kill. */
    private RunningJob current;

    KillAndRecover(RunContext context, Job job, Engine engine, List<String> lines) throws IOException {
        this.context = context;
        this.job = job;
        this.engine = engine;
        this.name = "fault-kill-" + job + "-" + engine;
        this.work = Files.createDirectories(context.workFolder().resolve(name));
        this.lines = lines;
        this.expected = new HashMap<>(WordCounter.countLines(lines).toMap());
    }

    FaultResult run() throws IOException, InterruptedException {
        boolean socket = job == Job.STATEFUL;
        try (BatchWatcher watcher = new BatchWatcher(work.resolve("out"), true);
             LineProducer producer = socket ? new LineProducer(lines, (int) (lines.size() / INPUT_SECONDS)) : null;
             FileDropper.Staged staged = socket ? null
                     : FileDropper.stage(Files.write(work.resolve("input.txt"), lines, StandardCharsets.UTF_8), work.resolve("in"), FILES)) {
            JobArgs args = args(producer);
            String failure = null;
            String stopNote = "";
            start(1, args);
            try {
                CompletableFuture<Void> arriving = producer != null ? producer.start().done() : filesArriving(watcher, staged);
                killThreeTimes(args, System.currentTimeMillis(), producer == null);
                arriving.get(context.settings().timeout().toSeconds(), TimeUnit.SECONDS);
                Integer exit = settleAndStop(watcher);
                failure = FaultWaits.stopFailure(exit);
                stopNote = FaultWaits.stopNote(exit);
            } catch (TimeoutException | ExecutionException e) {
                failure = e.getMessage();
            } finally {
                logs.add(current.child().relativeLog());
                current.close();
            }
            watcher.close();
            String outcome = (producer == null ? "" : "producer: " + producer.connections() + " connections, " + producer.sent()
                    + " of " + lines.size() + " lines written") + stopNote;
            return FaultWaits.result("kill and recover", Identity.of(job, engine), producer == null, expected, watcher.totals(),
                    new FaultResult.Recovery(afterCheckpoint, recovery, CheckpointFolder.bytes(work.resolve("checkpoint"))), outcome,
                    failure, logs);
        }
    }

    private JobArgs args(LineProducer producer) {
        JobArgs args = new JobArgs().output(work.resolve("out")).print(0).batchSeconds(context.settings().batchSeconds())
                .cores(context.settings().cores()).checkpoint(work.resolve("checkpoint"));
        return producer != null ? args.socket("127.0.0.1", producer.port()) : args.inputDir(work.resolve("in"));
    }

    private void start(int attempt, JobArgs args) throws IOException {
        current = context.start(name + "-" + attempt, engine, job, args, List.of(), line -> { });
    }

    /** Readiness first (a probe file), then the input at a steady pace, killed or not. */
    private CompletableFuture<Void> filesArriving(BatchWatcher watcher, FileDropper.Staged files)
            throws IOException, InterruptedException, TimeoutException {
        FileFeed probe = new FileFeed(work.resolve("in"), watcher, 1);
        current.whileAlive(() -> probe.awaitReady(context.settings().timeout()));
        expected.merge(FileFeed.PROBE, 1L, Long::sum);
        return CompletableFuture.runAsync(() -> moveIn(files, FILES / INPUT_SECONDS));
    }

    /** The three kills and restarts: the job is {@link #current} after each. */
    private void killThreeTimes(JobArgs args, long firstInput, boolean files) throws IOException, InterruptedException, TimeoutException {
        for (int k = 0; k < KILL_POINTS.length; k++) {
            long killPoint = firstInput + (long) (KILL_POINTS[k] * INPUT_SECONDS * 1000);
            long checkpointed = FaultWaits.awaitCheckpointAfter(work.resolve("checkpoint"), Math.max(killPoint, current.spawnedMillis()),
                    current);
            Thread.sleep(context.settings().batchSeconds() * 500L); // half an interval past the checkpoint, by design
            afterCheckpoint.add(System.currentTimeMillis() - checkpointed);
            long killed = System.currentTimeMillis();
            current.kill();
            logs.add(current.child().relativeLog());
            current.close();
            start(k + 2, args);
            if (!engine.publishesWithoutInput() && files) {
                // It runs no micro-batch without new input, and the input may all have arrived
                // while it was down: one more file, one more word, so that it publishes.
                FileDropper.dropText(work.resolve("in"), "after-restart-" + (k + 2) + ".txt", FileFeed.PROBE + "\n");
                expected.merge(FileFeed.PROBE, 1L, Long::sum);
            }
            FaultWaits.awaitPublishedSince(work.resolve("out"), killed, current);
            recovery.add(System.currentTimeMillis() - killed);
        }
    }

    /** Waits until every word is counted (or the counts are quiet), then one more batch, then stops the job. */
    private Integer settleAndStop(BatchWatcher watcher) throws InterruptedException, TimeoutException {
        FaultWaits.awaitSettled(watcher, expected, current, Duration.ofSeconds(3L * context.settings().batchSeconds()));
        // One more batch after that: a second count would show there. Structured Streaming runs no
        // micro-batch without input; its graceful stop below publishes whatever it still holds.
        if (engine.publishesWithoutInput()) {
            FaultWaits.awaitPublishedSince(work.resolve("out"), System.currentTimeMillis(), current);
        }
        return current.stop();
    }

    private static void moveIn(FileDropper.Staged files, double filesPerSecond) {
        try {
            files.moveIn(filesPerSecond);
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
