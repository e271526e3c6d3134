package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.LineProducer;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Producer failure: the socket job reading a producer that drops its connection at half the input
 * and listens again 3 s later. The producer closes the connection only after every line before it
 * was written, so a job that connects again loses nothing: exact counts are the pass mark. The
 * lines come in {@link #PIECES} pieces with a sentinel each.
 */
final class ProducerFailure {

    static final int PIECES = 24;

    private ProducerFailure() {}

    static FaultResult run(RunContext context, Engine engine, List<String> text) throws IOException, InterruptedException {
        String name = "fault-producer-" + engine;
        Path out = Files.createDirectories(context.workFolder().resolve(name)).resolve("out");
        FaultInput input = FaultInput.of("fault-producer", text, PIECES);
        List<String> lines = input.lines();
        Map<String, Long> expected = input.expected();
        String failure;
        try (BatchWatcher watcher = new BatchWatcher(out, false);
             LineProducer producer = new LineProducer(lines, lines.size() / 10).failingAt(lines.size() / 2, Duration.ofSeconds(3))) {
            // Flink's socket source ends with its server unless told to connect again; Spark's receiver always does.
            JobArgs args = new JobArgs().output(out).print(0).batchMillis(context.settings().batchMillis())
                    .cores(context.settings().cores()).socket("127.0.0.1", producer.port()).maxRetry(-1);
            RunningJob child = context.start(name, engine, Job.SOCKET, args, List.of(), line -> { });
            try {
                producer.start();
                FaultWaits.awaitWritten(producer, FaultWaits.ALL, child);
                FaultWaits.awaitSettled(watcher, expected, child, context.settings().batches(3));
                failure = FaultWaits.stop(child);
            } catch (TimeoutException e) {
                failure = e.getMessage();
            } finally {
                child.close();
            }
            watcher.close();
            FaultResult result = FaultWaits.result("producer failure", Identity.of(Job.SOCKET, engine), true, expected, watcher.totals(),
                    FaultResult.Recovery.NONE, producer.reconnectedAfterMillis() < 0 ? "never connected again"
                            : "connected again " + producer.reconnectedAfterMillis() + " ms after the producer listened again",
                    failure, List.of(child.child().relativeLog()));
            return result.withCounts(result.counts().withPiecesLost(input.missing(watcher.totals()).size()));
        }
    }
}
