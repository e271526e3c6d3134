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
 * the harness's producer holds the records meanwhile and sends on. The job either waits and
 * resumes, or fails, and is then started again on its checkpoint, as an operator would. Either
 * way nothing may be lost nor counted twice; which way it went is reported per engine.
 */
final class BrokerRestart {

    static final int PIECES = 24;
    static final Duration DOWN = Duration.ofSeconds(5);
    static final double INPUT_SECONDS = 24;

    private BrokerRestart() {}

    static FaultResult run(RunContext context, Job job, Engine engine, List<String> text) throws IOException, InterruptedException {
        KafkaBroker broker = context.kafka();
        Identity identity = Identity.of(job, engine);
        if (!broker.startedHere()) {
            return FaultResult.notRun("broker restart", identity, "not run: the broker at --bootstrap " + broker.bootstrap()
                    + " is not the harness's to restart");
        }
        String name = "fault-broker-" + job + "-" + engine;
        Path work = Files.createDirectories(context.workFolder().resolve(name));
        FaultInput input = FaultInput.of("fault-broker", text, PIECES);
        Map<String, Long> expected = new HashMap<>(input.expected());
        List<String> logs = new ArrayList<>();
        String failure;
        String outcome;
        try (BatchWatcher watcher = new BatchWatcher(work.resolve("out"), job.stateful());
             KafkaFeed feed = KafkaFeed.create(broker.bootstrap(), "streamcompare-" + name, context.settings().cores(), watcher,
                     context.settings().timeout())) {
            JobArgs args = new JobArgs().output(work.resolve("out")).print(0).batchSeconds(context.settings().batchSeconds())
                    .cores(context.settings().cores()).checkpoint(work.resolve("checkpoint"))
                    .kafka(broker.bootstrap(), feed.topic(), feed.topic());
            RunningJob current = context.start(name + "-1", engine, job, args, List.of(), line -> { });
            try {
                RunningJob first = current;
                first.whileAlive(() -> feed.awaitReady(first.timeout()));
                expected.merge(FileFeed.PROBE, 1L, Long::sum);
                int rate = (int) Math.max(1, input.lines().size() / INPUT_SECONDS);
                CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                    try {
                        feed.sendPaced(input.lines(), rate);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
                awaitSent(feed, input.lines().size() / 3, sending, current);
                long stopped = System.currentTimeMillis();
                broker.restart(DOWN);
                long upAfter = System.currentTimeMillis() - stopped;
                sending.get(current.timeout().toMillis(), TimeUnit.MILLISECONDS);
                if (current.isAlive()) {
                    outcome = "the job waited and resumed; broker down " + DOWN.toSeconds() + " s, serving again " + upAfter + " ms after its stop";
                } else {
                    outcome = "the job failed while the broker was away (exit " + current.exitCode() + ") and was started again on its "
                            + "checkpoint; broker down " + DOWN.toSeconds() + " s, serving again " + upAfter + " ms after its stop";
                    logs.add(current.child().relativeLog());
                    current.close();
                    current = context.start(name + "-2", engine, job, args, List.of(), line -> { });
                }
                FaultWaits.awaitSettled(watcher, expected, current, Duration.ofSeconds(3L * context.settings().batchSeconds()));
                failure = FaultWaits.stop(current);
            } catch (TimeoutException | ExecutionException e) {
                failure = e.getMessage();
                outcome = "";
            } finally {
                logs.add(current.child().relativeLog());
                current.close();
            }
            watcher.close();
            // A stateless job's batch run again after a restart is written again under its name: what is on disk counts.
            Map<String, Long> counted = job.stateful() ? watcher.totals() : BatchFiles.sum(work.resolve("out"));
            FaultResult result = FaultWaits.result("broker restart", identity, true, expected, counted, FaultResult.Recovery.NONE,
                    outcome, failure, logs);
            return result.withCounts(result.counts().withPiecesLost(input.missing(counted).size()));
        }
    }

    private static void awaitSent(KafkaFeed feed, int lines, CompletableFuture<Void> sending, RunningJob job)
            throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (feed.pacedSent() < lines) {
            if (sending.isCompletedExceptionally()) {
                throw new TimeoutException("the producer failed: " + sending.handle((v, e) -> e).join());
            }
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") before the broker restart; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the producer had sent " + feed.pacedSent() + " lines after " + job.timeout().toSeconds() + " s");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }
}
