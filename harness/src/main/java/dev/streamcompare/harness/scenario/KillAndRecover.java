package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.output.CheckpointFolder;
import dev.streamcompare.harness.output.CheckpointWatch;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Kill and recover: a stateful or Kafka job killed with SIGKILL three times while its input still
 * arrives, each time half a batch interval after a checkpoint completed (so work since the
 * checkpoint is in flight), and started again on the same checkpoint folder. The input
 * ({@link KillInput}) comes in pieces with a sentinel each and says where the kills fall. File
 * input: a file counted and checkpointed is emptied, so only the checkpoint holds its words, and
 * exact counts are the pass mark. Socket input cannot be read again: the loss must stay within
 * what was written after the checkpoint each kill went back to.
 */
final class KillAndRecover {

    /** The input comes in this many spells: a kill in each but the last. */
    static final int SPELLS = 4;

    /** How the job is started again after a kill. */
    enum Restart {
        /** On its checkpoint folder, as a job recovers. */
        FROM_CHECKPOINT,
        /**
         * With its checkpoint folder deleted first: a job that ignores its checkpoint. Only the
         * tests use it, to show that the file run then reports lost words.
         */
        COLD
    }

    private final RunContext context;
    private final Job job;
    private final Engine engine;
    private final Setup setup;
    private final Restart restart;
    private final String name;
    private final Path work;
    private final List<String> lines;
    private final List<Long> afterCheckpoint = new ArrayList<>();
    private final List<Long> recovery = new ArrayList<>();
    private final List<int[]> toCome = new ArrayList<>();
    private final List<String> logs = new ArrayList<>();
    /** Who hears of the kills and restarts as they happen. */
    private RunEvents events = RunEvents.NONE;
    /** The job's JVM running now: a new one after each kill. */
    private RunningJob current;

    /** {@code job} on {@code engine} in {@code setup}'s variant and on its state backend (null: the engine's default). */
    KillAndRecover(RunContext context, Job job, Engine engine, Setup setup, List<String> lines, Restart restart) throws IOException {
        this.context = context;
        this.job = job;
        this.engine = engine;
        this.setup = setup;
        this.restart = restart;
        this.name = "fault-kill-" + job + "-" + identity().engine() + (restart == Restart.COLD ? "-cold" : "");
        this.work = Files.createDirectories(context.workFolder().resolve(name));
        this.lines = lines;
    }

    FaultResult run() throws IOException, InterruptedException {
        return run(RunEvents.NONE);
    }

    /** Runs it, telling {@code runEvents} of its batches and of each kill, restart and first batch again. */
    FaultResult run(RunEvents runEvents) throws IOException, InterruptedException {
        this.events = runEvents;
        long batchMillis = context.settings().batchMillis();
        Path checkpoint = work.resolve("checkpoint");
        try (BatchWatcher watcher = new BatchWatcher(work.resolve("out"), setup.totals(job.stateful()));
             CheckpointWatch checkpoints = new CheckpointWatch(checkpoint);
             KillInput input = input(watcher, checkpoints, batchMillis)) {
            events.watching(watcher, null);
            JobArgs args = input.args(new JobArgs().output(work.resolve("out")).print(0).batchMillis(context.settings().batchMillis())
                    .cores(context.settings().cores()).checkpoint(checkpoint).variant(setup.variant()).state(setup.state()).changes(setup.changes()));
            String failure;
            start(1, args);
            try {
                input.begin(current);
                for (int kill = 0; kill < SPELLS - 1; kill++) {
                    killAndRestart(kill, input, args);
                }
                input.awaitAllSent(current);
                failure = settleAndStop(watcher, input);
            } catch (TimeoutException e) {
                failure = e.getMessage();
            } finally {
                logs.add(current.child().relativeLog());
                current.close();
            }
            watcher.close();
            return result(input, watcher, failure);
        }
    }

    private Identity identity() {
        return Identity.of(job, engine, setup.variant(), setup.state());
    }

    private KillInput input(BatchWatcher watcher, CheckpointWatch checkpoints, long batchMillis) throws IOException, InterruptedException {
        if (job.readsKafka()) {
            return new KafkaKillInput(context.kafka().bootstrap(), context.topic(name), context.kafkaPartitions(), lines, watcher,
                    checkpoints, batchMillis, context.settings().timeout(), job.stateful());
        }
        return job == Job.STATEFUL ? new SocketKillInput(lines, checkpoints, batchMillis)
                : new FileKillInput(work, lines, watcher, checkpoints, batchMillis);
    }

    /**
     * What the job counted: its newest state (a stateful job), or the sum of the batch files in its
     * output folder as they are at the end (a stateless one: a batch run again after a restart
     * writes its file again, under its name, and counts once; the watcher's sum, of each file as
     * first seen, would count it twice had its name changed, and shows it if its counts did).
     */
    private Map<String, Long> counted(BatchWatcher watcher) {
        return job.stateful() ? watcher.totals() : BatchFiles.sum(work.resolve("out"));
    }

    private FaultResult result(KillInput input, BatchWatcher watcher, String failure) {
        List<FaultResult.Kill> kills = new ArrayList<>();
        for (int kill = 0; kill < toCome.size(); kill++) {
            kills.add(input.kill(kill, toCome.get(kill)[0], toCome.get(kill)[1]));
        }
        Map<String, Long> counted = counted(watcher);
        String rewritten = job.stateful() || counted.equals(watcher.totals()) ? ""
                : "; a batch file written again after a restart holds other counts than it first did";
        FaultResult result = FaultWaits.result("kill and recover", identity(), job != Job.STATEFUL, input.expected(),
                counted, new FaultResult.Recovery(afterCheckpoint, recovery, CheckpointFolder.bytes(work.resolve("checkpoint")),
                        input.pieces(), kills), input.outcome() + rewritten + (restart == Restart.COLD ? "; restarted without its checkpoint" : ""),
                failure, logs);
        return result.withCounts(input.judged(result.counts(), counted));
    }

    private void start(int attempt, JobArgs args) throws IOException {
        current = context.start(name + "-" + attempt, engine, job, args, List.of(), line -> { });
    }

    /** Kill {@code kill} (from 0) and the restart after it: the job is {@link #current} after. */
    private void killAndRestart(int kill, KillInput input, JobArgs args) throws IOException, InterruptedException, TimeoutException {
        input.awaitKillPoint(kill, current);
        long checkpointed = FaultWaits.awaitCheckpointAfter(work.resolve("checkpoint"), System.currentTimeMillis(), current);
        Thread.sleep(context.settings().batchMillis() / 2); // half an interval past the checkpoint, by design
        afterCheckpoint.add(System.currentTimeMillis() - checkpointed);
        int toComeAtKill = input.toCome();
        input.killing(kill);
        long killed = System.currentTimeMillis();
        current.kill();
        events.moment("kill " + (kill + 1));
        logs.add(current.child().relativeLog());
        current.close();
        if (restart == Restart.COLD) {
            deleteCheckpoint();
        }
        start(kill + 2, args);
        events.moment("restart " + (kill + 1) + (restart == Restart.COLD ? ", without its checkpoint" : ""));
        FaultWaits.awaitPublishedSince(work.resolve("out"), killed, current);
        events.moment("first batch again after kill " + (kill + 1));
        recovery.add(System.currentTimeMillis() - killed);
        toCome.add(new int[] {toComeAtKill, input.toCome()});
        input.published(kill);
    }

    private void deleteCheckpoint() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("checkpoint"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Waits until every word is counted (or the counts are quiet), then until the job has caught
     * up, then stops it; why the run failed, or null.
     */
    private String settleAndStop(BatchWatcher watcher, KillInput input) throws InterruptedException, TimeoutException {
        FaultWaits.awaitSettled(watcher, input.expected(), current, context.settings().batches(3));
        // Then a batch of now: a second count would show there, and a job still catching up after
        // its restart is not stopped mid-way (Spark DStreams regenerates every batch it missed
        // inside StreamingContext.start, which a stop waits for). Structured Streaming runs no
        // micro-batch without input; its graceful stop below publishes whatever it still holds.
        // A stateless job publishes no batch without words (the Kafka heartbeats have none): there
        // the quiet counts above are the end, a second count within them would have shown.
        if (job.stateful() && engine.publishesWithoutInput()) {
            FaultWaits.awaitCaughtUp(work.resolve("out"), System.currentTimeMillis(), context.settings().batchMillis(), current);
        }
        return FaultWaits.stop(current);
    }
}
