package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.feed.LineProducer;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.CheckpointFolder;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.run.ConsoleProgress;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.MonitoredChild;
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
import java.util.concurrent.TimeoutException;

/**
 * The fault runs of {@code ./compare.sh --faults}: a job killed with SIGKILL while its input is
 * still arriving and started again on its checkpoint (file input, which can be read again, and
 * socket input, which cannot), a producer that fails and comes back, a file written in place.
 * Each counts what the job lost and what it counted twice against the reference counter.
 */
final class FaultRuns {

    /** Kill points, as fractions of the input: early, middle, late. */
    static final double[] KILL_POINTS = {0.25, 0.5, 0.75};

    private final CompareSettings settings;
    private final Workload workload;
    private final JobLauncher launcher;
    private final Path reportFolder;
    private final Path workFolder;
    private final List<String> jvmOptions;

    FaultRuns(CompareSettings settings, Workload workload, JobLauncher launcher, Path reportFolder, Path workFolder,
              List<String> jvmOptions) {
        this.settings = settings;
        this.workload = workload;
        this.launcher = launcher;
        this.reportFolder = reportFolder;
        this.workFolder = workFolder;
        this.jvmOptions = jvmOptions;
    }

    /** Every fault run on every engine of the settings. */
    List<FaultResult> all(ConsoleProgress progress) throws InterruptedException {
        List<FaultResult> results = new ArrayList<>();
        for (Engine engine : settings.selection().engines()) {
            results.add(run(progress, "kill and recover", Job.STATEFUL_FILE, engine, () -> killAndRecover(Job.STATEFUL_FILE, engine)));
        }
        for (Engine engine : settings.selection().engines()) {
            results.add(!engine.socketSourceRecovers() ? notRun("kill and recover", Job.STATEFUL, engine,
                    "not run: Structured Streaming's socket source cannot resume a query (its offsets start again at 0 on "
                            + "the new connection: docs/semantics.md §9)")
                    : run(progress, "kill and recover", Job.STATEFUL, engine, () -> killAndRecover(Job.STATEFUL, engine)));
        }
        for (Engine engine : settings.selection().engines()) {
            results.add(!engine.socketSourceRecovers() ? notRun("producer failure", Job.SOCKET, engine,
                    "not run: Structured Streaming's socket source connects once and never again; what is sent after the "
                            + "server closed is lost (docs/semantics.md §9)")
                    : run(progress, "producer failure", Job.SOCKET, engine, () -> producerFailure(engine)));
        }
        for (Engine engine : settings.selection().engines()) {
            results.add(run(progress, "file written in place", Job.FILE, engine, () -> fileWrittenInPlace(engine)));
        }
        return results;
    }

    /** A scenario the engine cannot take, by design: reported with why, not failed. */
    private static FaultResult notRun(String fault, Job job, Engine engine, String why) {
        return FaultResult.notRun(fault, Identity.of(job, engine), why);
    }

    private interface Scenario {
        FaultResult run() throws IOException, InterruptedException;
    }

    private FaultResult run(ConsoleProgress progress, String fault, Job job, Engine engine, Scenario scenario) throws InterruptedException {
        try (ConsoleProgress.Run line = progress.start(fault + ": " + job + " " + engine)) {
            FaultResult result;
            try {
                result = scenario.run();
            } catch (IOException | RuntimeException e) {
                result = FaultResult.failed(fault, Identity.of(job, engine), "the harness failed: " + e);
            }
            line.finishFault(result);
            return result;
        }
    }

    /**
     * Kills the stateful job with SIGKILL at three points while its input still arrives, each
     * time half a batch interval after a checkpoint completed (so work since the checkpoint is in
     * flight), and starts it again on the same checkpoint folder.
     */
    FaultResult killAndRecover(Job job, Engine engine) throws IOException, InterruptedException {
        String name = "fault-kill-" + job + "-" + engine;
        Path work = Files.createDirectories(workFolder.resolve(name));
        Path out = work.resolve("out");
        Path in = work.resolve("in");
        Path checkpoint = work.resolve("checkpoint");
        List<String> args = new ArrayList<>(List.of("--output", out.toString(), "--print", "0",
                "--batch-seconds", Integer.toString(settings.run().batchSeconds()), "--cores", Integer.toString(settings.run().cores()),
                "--checkpoint", checkpoint.toString()));
        List<String> lines = workload.fixedRateLines(faultLines());
        Map<String, Long> expected = new HashMap<>(WordCounter.countLines(lines).toMap());
        List<Long> afterCheckpoint = new ArrayList<>();
        List<Long> recovery = new ArrayList<>();
        List<String> logs = new ArrayList<>();
        String failure = null;
        String stopNote = "";
        double inputSeconds = 24;

        try (BatchWatcher watcher = new BatchWatcher(out, true);
             LineProducer producer = job == Job.STATEFUL ? new LineProducer(lines, (int) (lines.size() / inputSeconds)) : null) {
            FileDropper.Staged staged = null;
            if (producer != null) {
                args.addAll(List.of("--host", "127.0.0.1", "--port", Integer.toString(producer.port())));
            } else {
                args.addAll(List.of("--input-dir", in.toString()));
                Path text = Files.write(work.resolve("input.txt"), lines, StandardCharsets.UTF_8);
                staged = FileDropper.stage(text, in, 48);
            }
            MonitoredChild child = start(name + "-1", engine, job, args);
            try {
                CompletableFuture<Void> arriving;
                if (producer != null) {
                    producer.start();
                    arriving = producer.done();
                } else {
                    FileDropper.Staged files = staged;
                    // Readiness first (a probe file), then the input at a steady pace, killed or not.
                    FileFeed probe = new FileFeed(in, watcher, 1);
                    JobRunner.whileAlive(child, () -> probe.awaitReady(settings.run().timeout()));
                    expected.merge(FileFeed.PROBE, 1L, Long::sum);
                    arriving = CompletableFuture.runAsync(() -> moveIn(files, 48 / inputSeconds));
                }
                long firstInput = System.currentTimeMillis();
                for (int k = 0; k < KILL_POINTS.length; k++) {
                    long killPoint = firstInput + (long) (KILL_POINTS[k] * inputSeconds * 1000);
                    long checkpointed = awaitCheckpointAfter(checkpoint, Math.max(killPoint, child.spawnedMillis), child);
                    Thread.sleep(settings.run().batchSeconds() * 500L); // half an interval past the checkpoint, by design
                    afterCheckpoint.add(System.currentTimeMillis() - checkpointed);
                    long killed = System.currentTimeMillis();
                    child.jvm.kill();
                    logs.add(child.relativeLog());
                    child.close();
                    child = start(name + "-" + (k + 2), engine, job, args);
                    if (!engine.publishesWithoutInput() && producer == null) {
                        // It runs no micro-batch without new input, and the input may all have arrived
                        // while it was down: one more file, one more word, so that it publishes.
                        FileDropper.dropText(in, "after-restart-" + (k + 2) + ".txt", FileFeed.PROBE + "\n");
                        expected.merge(FileFeed.PROBE, 1L, Long::sum);
                    }
                    awaitPublishedSince(out, killed, child);
                    recovery.add(System.currentTimeMillis() - killed);
                }
                arriving.get(settings.run().timeout().toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                awaitSettled(watcher, expected, child);
                // One more batch after that: a second count would show there. Structured Streaming runs no
                // micro-batch without input; its graceful stop below publishes whatever it still holds.
                if (engine.publishesWithoutInput()) {
                    awaitPublishedSince(out, System.currentTimeMillis(), child);
                }
                Integer exit = child.stop();
                failure = stopFailure(exit);
                stopNote = stopNote(exit);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                failure = e.getMessage();
            } finally {
                logs.add(child.relativeLog());
                child.close();
                if (staged != null) {
                    staged.close();
                }
            }
            watcher.close();
            return result("kill and recover", job, engine, producer == null, expected, watcher.totals(), afterCheckpoint, recovery,
                    CheckpointFolder.bytes(checkpoint), (producer == null ? "" : "producer: " + producer.connections()
                            + " connections, " + producer.sent() + " of " + lines.size() + " lines written") + stopNote, failure, logs);
        }
    }

    /** The socket job reading a producer that drops its connection at half the input and listens again 3 s later. */
    FaultResult producerFailure(Engine engine) throws IOException, InterruptedException {
        String name = "fault-producer-" + engine;
        Path out = Files.createDirectories(workFolder.resolve(name)).resolve("out");
        List<String> lines = workload.fixedRateLines(faultLines() / 2);
        Map<String, Long> expected = WordCounter.countLines(lines).toMap();
        String failure = null;
        String stopNote = "";
        try (BatchWatcher watcher = new BatchWatcher(out, false);
             LineProducer producer = new LineProducer(lines, lines.size() / 10).failingAt(lines.size() / 2, Duration.ofSeconds(3))) {
            // Flink's socket source ends with its server unless told to connect again; Spark's receiver always does.
            List<String> args = List.of("--output", out.toString(), "--print", "0",
                    "--batch-seconds", Integer.toString(settings.run().batchSeconds()), "--cores", Integer.toString(settings.run().cores()),
                    "--host", "127.0.0.1", "--port", Integer.toString(producer.port()), "--max-retry", "-1");
            MonitoredChild child = start(name, engine, Job.SOCKET, args);
            try {
                producer.start();
                producer.done().get(settings.run().timeout().toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                awaitSettled(watcher, expected, child);
                Integer exit = child.stop();
                failure = stopFailure(exit);
                stopNote = stopNote(exit);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                failure = "the producer could not send every line: " + e.getMessage();
            } finally {
                child.close();
            }
            watcher.close();
            return result("producer failure", Job.SOCKET, engine, false, expected, watcher.totals(), List.of(), List.of(), null,
                    producer.reconnectedAfterMillis() < 0 ? "never connected again"
                            : "connected again " + producer.reconnectedAfterMillis() + " ms after the producer listened again" + stopNote,
                    failure, List.of(child.relativeLog()));
        }
    }

    /** A file written straight into the watched folder, slowly, instead of moved in whole. */
    FaultResult fileWrittenInPlace(Engine engine) throws IOException, InterruptedException {
        String name = "fault-in-place-" + engine;
        Path work = Files.createDirectories(workFolder.resolve(name));
        Path out = work.resolve("out");
        Path in = work.resolve("in");
        List<String> lines = workload.fixedRateLines(faultLines() / 4);
        Map<String, Long> expected = new HashMap<>(WordCounter.countLines(lines).toMap());
        String failure = null;
        String stopNote = "";
        List<String> args = List.of("--output", out.toString(), "--print", "0",
                "--batch-seconds", Integer.toString(settings.run().batchSeconds()), "--cores", Integer.toString(settings.run().cores()),
                "--input-dir", in.toString());
        try (BatchWatcher watcher = new BatchWatcher(out, false)) {
            FileFeed feed = new FileFeed(in, watcher, 1);
            MonitoredChild child = start(name, engine, Job.FILE, args);
            try {
                JobRunner.whileAlive(child, () -> feed.awaitReady(settings.run().timeout()));
                expected.merge(FileFeed.PROBE, 1L, Long::sum);
                // Ten slices, a quarter of a batch interval apart, appended to one file in the watched folder.
                try (var writer = Files.newBufferedWriter(in.resolve("written-in-place.txt"), StandardCharsets.UTF_8)) {
                    for (int slice = 0; slice < 10; slice++) {
                        for (String line : lines.subList(lines.size() * slice / 10, lines.size() * (slice + 1) / 10)) {
                            writer.write(line);
                            writer.write('\n');
                        }
                        writer.flush();
                        Thread.sleep(settings.run().batchSeconds() * 250L); // the writer's pace, part of the scenario
                    }
                }
                awaitSettled(watcher, expected, child);
                // What the engine does with such a file is the finding, ending on its own included
                // (seen once from Flink, exit 1): reported in the outcome with its log, not a failed scenario.
                boolean endedOnItsOwn = !child.jvm.isAlive();
                Integer exit = child.stop();
                failure = endedOnItsOwn ? null : stopFailure(exit);
                stopNote = endedOnItsOwn ? "; the job ended on its own, exit " + exit + ", before the stop (see its log)" : stopNote(exit);
            } catch (TimeoutException e) {
                failure = e.getMessage();
            } finally {
                child.close();
            }
            watcher.close();
            Map<String, Long> counted = watcher.totals();
            long words = counted.values().stream().mapToLong(Long::longValue).sum() - counted.getOrDefault(FileFeed.PROBE, 0L);
            long inFile = expected.values().stream().mapToLong(Long::longValue).sum() - 1;
            return result("file written in place", Job.FILE, engine, false, expected, counted, List.of(), List.of(), null,
                    String.format("counted %d of the file's %d words (%.0f %%)", words, inFile, 100.0 * words / inFile) + stopNote,
                    failure, List.of(child.relativeLog()));
        }
    }

    /** A non-zero exit after SIGTERM is a failure of the run; a kill after the grace period is not. */
    private static String stopFailure(Integer exit) {
        return exit != null && exit != 0 ? "exited with " + exit + " after SIGTERM" : null;
    }

    /** What the outcome says of a job still stopping when the grace period ended (a slow graceful stop). */
    private static String stopNote(Integer exit) {
        return exit == null ? "; still stopping " + ChildJvm.STOP_GRACE.toSeconds() + " s after SIGTERM: killed" : "";
    }

    /** Lines of input per fault run: the workload's, at most 4 × the seed. */
    private int faultLines() {
        return (int) Math.min(workload.lines(), 4L * workload.seedLineCount());
    }

    private MonitoredChild start(String name, Engine engine, Job job, List<String> args) throws IOException {
        return new MonitoredChild(reportFolder, workFolder, name, launcher.command(engine, job, args, jvmOptions),
                launcher.environment(engine), line -> { });
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

    /** Waits for a checkpoint completed after {@code millis}; returns when it completed. */
    private long awaitCheckpointAfter(Path checkpoint, long millis, MonitoredChild child) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + settings.run().timeout().toMillis();
        while (true) {
            long newest = CheckpointFolder.newestMillis(checkpoint);
            if (newest > millis) {
                return newest;
            }
            if (!child.jvm.isAlive()) {
                throw new TimeoutException("the job exited (" + child.jvm.waitFor() + ") before its next checkpoint; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("no checkpoint within " + settings.run().timeout().toSeconds() + " s");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    /**
     * Waits until the job has counted every expected word, or its totals have not changed for
     * three batch intervals (words lost), or the timeout.
     */
    private void awaitSettled(BatchWatcher watcher, Map<String, Long> expected, MonitoredChild child) throws InterruptedException {
        long words = expected.values().stream().mapToLong(Long::longValue).sum();
        long quiet = settings.run().batchSeconds() * 3000L;
        long deadline = System.currentTimeMillis() + settings.run().timeout().toMillis();
        long last = -1;
        long changed = System.currentTimeMillis();
        while (child.jvm.isAlive() && System.currentTimeMillis() < deadline) {
            long now = watcher.totalWords();
            if (now >= words) {
                return;
            }
            if (now != last) {
                last = now;
                changed = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - changed > quiet) {
                return;
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    /**
     * Waits until a batch file is written in {@code out} at {@code sinceMillis} or later, the job
     * alive: a new batch, or one written again under its old name (a batch that was planned but
     * not committed before a kill runs again with the same name in Spark, Structured Streaming
     * included, and may be the only one when the input has all arrived).
     */
    private void awaitPublishedSince(Path out, long sinceMillis, MonitoredChild child) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + settings.run().timeout().toMillis();
        while (newestBatchFileMillis(out) < sinceMillis) {
            if (!child.jvm.isAlive()) {
                throw new TimeoutException("the restarted job exited (" + child.jvm.waitFor() + "); see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the restarted job published nothing within " + settings.run().timeout().toSeconds() + " s");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    private static long newestBatchFileMillis(Path out) {
        try (var files = Files.list(out)) {
            return files.filter(BatchFiles::isBatchFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0L);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // not there yet, or a file replaced while listing: look again
        }
    }

    private static FaultResult result(String fault, Job job, Engine engine, boolean expectExact, Map<String, Long> expected,
                                 Map<String, Long> counted, List<Long> afterCheckpoint, List<Long> recovery, Long checkpointBytes,
                                 String outcome, String failure, List<String> logs) {
        long lost = 0;
        long doubled = 0;
        for (Map.Entry<String, Long> entry : expected.entrySet()) {
            long got = counted.getOrDefault(entry.getKey(), 0L);
            lost += Math.max(0, entry.getValue() - got);
            doubled += Math.max(0, got - entry.getValue());
        }
        for (Map.Entry<String, Long> entry : counted.entrySet()) {
            if (!expected.containsKey(entry.getKey())) {
                doubled += entry.getValue();
            }
        }
        return new FaultResult(fault, Identity.of(job, engine), expectExact,
                new FaultResult.Counts(expected.values().stream().mapToLong(Long::longValue).sum(),
                        counted.values().stream().mapToLong(Long::longValue).sum(), lost, doubled),
                new FaultResult.Recovery(afterCheckpoint, recovery, checkpointBytes), outcome.replaceFirst("^; ", ""), failure, logs);
    }
}
