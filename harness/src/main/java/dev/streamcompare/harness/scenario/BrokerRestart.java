package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.feed.KafkaFeed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.KafkaBroker;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A broker restart while a Kafka job runs: a third of the input sent, the broker is stopped
 * (SIGTERM, a clean shutdown), left down {@link #DOWN}, and started again on its storage, while
 * the harness's producer holds the records meanwhile and sends on. The job either publishes again
 * by itself (it waited and resumed) or exits, and is then started again on its checkpoint, as an
 * operator would. Either way nothing may be lost nor counted twice; which way it went is reported
 * per engine.
 */
final class BrokerRestart {

    static final int PIECES = 24;
    static final Duration DOWN = Duration.ofSeconds(5);
    static final double INPUT_SECONDS = 24;

    private final RunContext context;
    private final Job job;
    private final Engine engine;
    private final Setup setup;
    private final String name;
    private final Path work;
    private final FaultInput input;
    private final List<String> logs = new ArrayList<>();
    private RunningJob current;

    private BrokerRestart(RunContext context, Job job, Engine engine, Setup setup, List<String> text) throws IOException {
        this.context = context;
        this.job = job;
        this.engine = engine;
        this.setup = setup;
        this.name = "fault-broker-" + job + "-" + identity().engine();
        this.work = Files.createDirectories(context.workFolder().resolve(name));
        this.input = FaultInput.of("fault-broker", text, PIECES);
    }

    static FaultResult run(RunContext context, Job job, Engine engine, Setup setup, List<String> text, RunEvents events)
            throws IOException, InterruptedException {
        if (!context.kafka().startedHere()) {
            return FaultResult.notRun("broker restart", Identity.of(job, engine, setup.variant(), setup.state()), "not run: the broker at --bootstrap "
                    + context.kafka().bootstrap() + " is not the harness's to restart");
        }
        BrokerRestart restart = new BrokerRestart(context, job, engine, setup, text);
        restart.events = events;
        return restart.run();
    }

    /** Who hears of the broker's stop and start as they happen. */
    private RunEvents events = RunEvents.NONE;

    private Identity identity() {
        return Identity.of(job, engine, setup.variant(), setup.state());
    }

    private FaultResult run() throws IOException, InterruptedException {
        KafkaBroker broker = context.kafka();
        Map<String, Long> expected = new HashMap<>(input.expected());
        String failure;
        String outcome = "";
        try (BatchWatcher watcher = new BatchWatcher(work.resolve("out"), setup.totals(job.stateful()));
             KafkaFeed feed = KafkaFeed.create(broker.bootstrap(), context.topic(name), context.kafkaPartitions(), watcher,
                     context.settings().timeout())) {
            events.watching(watcher, null);
            JobArgs args = new JobArgs().output(work.resolve("out")).print(0).batchMillis(context.settings().batchMillis())
                    .cores(context.settings().cores()).checkpoint(work.resolve("checkpoint"))
                    .kafka(broker.bootstrap(), feed.topic(), feed.topic()).variant(setup.variant()).state(setup.state())
                    .changes(setup.changes());
            current = context.start(name + "-1", engine, job, args, List.of(), line -> { });
            try {
                RunningJob first = current;
                first.whileAlive(() -> feed.awaitReady(first.timeout()));
                expected.merge(FileFeed.PROBE, 1L, Long::sum);
                outcome = restartTheBrokerWhileSending(broker, feed, args);
                FaultWaits.awaitSettled(watcher, expected, current, context.settings().batches(3));
                failure = FaultWaits.stop(current);
            } catch (TimeoutException | ExecutionException e) {
                failure = e.getMessage();
            } finally {
                logs.add(current.child().relativeLog());
                current.close();
            }
            watcher.close();
            // A stateless job's batch run again after a restart is written again under its name: what is on disk counts.
            Map<String, Long> counted = job.stateful() ? watcher.totals() : BatchFiles.sum(work.resolve("out"));
            FaultResult result = FaultWaits.result("broker restart", identity(), true, expected, counted,
                    FaultResult.Recovery.NONE, outcome, failure, logs);
            return result.withCounts(result.counts().withPiecesLost(input.missing(counted).size()));
        }
    }

    /**
     * Sends the input in the background, restarts the broker a third of the way in, and waits
     * until the job publishes again, or exits: then it is started again on its checkpoint. What
     * happened, in words.
     */
    private String restartTheBrokerWhileSending(KafkaBroker broker, KafkaFeed feed, JobArgs args)
            throws IOException, InterruptedException, TimeoutException, ExecutionException {
        int rate = (int) Math.max(1, input.lines().size() / INPUT_SECONDS);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            try {
                feed.sendPaced(input.lines(), rate, line -> false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        awaitSent(feed, input.lines().size() / 3, sending);
        long stopped = System.currentTimeMillis();
        events.moment("broker stopped");
        broker.restart(DOWN);
        long up = System.currentTimeMillis();
        events.moment("broker serving again");
        String broke = "broker down " + DOWN.toSeconds() + " s, serving again " + (up - stopped) + " ms after its stop";
        sending.get(current.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (publishedAfterOrExited(up)) {
            return "the job waited and resumed; " + broke;
        }
        String exit = "the job exited (" + current.exitCode() + ") after the broker went away and was started again on its checkpoint; ";
        logs.add(current.child().relativeLog());
        current.close();
        current = context.start(name + "-2", engine, job, args, List.of(), line -> { });
        events.moment("job restarted on its checkpoint");
        return exit + broke;
    }

    /** Whether the job published a batch after {@code millis} (true) or exited first (false), at most its timeout. */
    private boolean publishedAfterOrExited(long millis) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + current.timeout().toMillis();
        while (FaultWaits.newestBatchFileMillis(work.resolve("out")) < millis) {
            if (!current.isAlive()) {
                return false;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the job neither published nor exited within " + current.timeout().toSeconds()
                        + " s of the broker's restart");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
        return true;
    }

    private void awaitSent(KafkaFeed feed, int lines, CompletableFuture<Void> sending) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + current.timeout().toMillis();
        while (feed.pacedSent() < lines) {
            if (sending.isCompletedExceptionally()) {
                throw new TimeoutException("the producer failed: " + sending.handle((v, e) -> e).join());
            }
            if (!current.isAlive()) {
                throw new TimeoutException("the job exited (" + current.exitCode() + ") before the broker restart; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the producer had sent " + feed.pacedSent() + " lines after " + current.timeout().toSeconds() + " s");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }
}
