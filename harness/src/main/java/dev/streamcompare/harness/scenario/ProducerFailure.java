package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.common.WordCounter;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Producer failure: the socket job reading a producer that drops its connection at half the input and listens again 3 s later. */
final class ProducerFailure {

    private ProducerFailure() {}

    static FaultResult run(RunContext context, Engine engine, List<String> lines) throws IOException, InterruptedException {
        String name = "fault-producer-" + engine;
        Path out = Files.createDirectories(context.workFolder().resolve(name)).resolve("out");
        Map<String, Long> expected = WordCounter.countLines(lines).toMap();
        String failure = null;
        String stopNote = "";
        try (BatchWatcher watcher = new BatchWatcher(out, false);
             LineProducer producer = new LineProducer(lines, lines.size() / 10).failingAt(lines.size() / 2, Duration.ofSeconds(3))) {
            // Flink's socket source ends with its server unless told to connect again; Spark's receiver always does.
            JobArgs args = new JobArgs().output(out).print(0).batchSeconds(context.settings().batchSeconds())
                    .cores(context.settings().cores()).socket("127.0.0.1", producer.port()).maxRetry(-1);
            RunningJob child = context.start(name, engine, Job.SOCKET, args, List.of(), line -> { });
            try {
                producer.start();
                producer.done().get(context.settings().timeout().toSeconds(), TimeUnit.SECONDS);
                FaultWaits.awaitSettled(watcher, expected, child, Duration.ofSeconds(3L * context.settings().batchSeconds()));
                Integer exit = child.stop();
                failure = FaultWaits.stopFailure(exit);
                stopNote = FaultWaits.stopNote(exit);
            } catch (TimeoutException | ExecutionException e) {
                failure = "the producer could not send every line: " + e.getMessage();
            } finally {
                child.close();
            }
            watcher.close();
            return FaultWaits.result("producer failure", Identity.of(Job.SOCKET, engine), false, expected, watcher.totals(),
                    new FaultResult.Recovery(List.of(), List.of(), null), producer.reconnectedAfterMillis() < 0 ? "never connected again"
                            : "connected again " + producer.reconnectedAfterMillis() + " ms after the producer listened again" + stopNote,
                    failure, List.of(child.child().relativeLog()));
        }
    }
}
