package dev.streamcompare.harness.run;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.Feed;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.feed.KafkaFeed;
import dev.streamcompare.harness.feed.SocketFeed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.EngineCheckpoints;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * One streaming run's lifecycle, the same for every plan: spawn the job's JVM, wait until it is
 * ready, run the plan's phases, stop it, collect what it published and verify it against the
 * expected totals. Measured from outside: the input comes from the harness, publish times from
 * watching the output folder, CPU and memory from /proc. A run that fails (timeout, crash) is
 * reported as such, with its log; the child's process tree is always ended.
 */
public final class StreamingRun {

    private final RunContext context;
    private final StreamingPlan plan;
    private final RunEvents events;
    private final Path work;

    public StreamingRun(RunContext context, StreamingPlan plan, RunEvents events) throws IOException {
        this.context = context;
        this.plan = plan;
        this.events = events;
        this.work = Files.createDirectories(context.workFolder().resolve(plan.name()));
    }

    /** Runs the plan; never throws for a failure of the job, which is in the result. */
    public RunResult run() throws IOException, InterruptedException {
        try (BatchWatcher watcher = new BatchWatcher(work.resolve("out"), plan.totals()); Feed feed = feed(watcher);
             BrokerCost broker = new BrokerCost(plan.job().readsKafka() ? context.kafka().process().orElse(null) : null)) {
            Map<String, Long> expected = expected(feed);
            try (RunningJob job = context.start(plan.name(), plan.engine(), plan.job(), args(feed), profiling(), line -> { });
                 TimelineRecorder timeline = plan.timeline() ? new TimelineRecorder(job.child(), watcher) : null) {
                PhaseContext phases = new PhaseContext(feed, job, watcher, events, context.settings().batchMillis());
                events.watching(watcher, phases.markers());
                Long startupMs = null;
                String failure;
                try {
                    startupMs = ready(job, feed);
                    failure = phases(phases);
                } catch (TimeoutException | OverCountException e) {
                    failure = e.getMessage();
                } catch (IOException e) {
                    failure = "the feed failed: " + e.getMessage();
                }
                events.phase("stop", watcher.totalWords(), watcher.totalWords());
                JobEnd end = job.end();
                failure = failure != null ? failure : end.failure();
                Integer exitCode = end.exitCode();
                watcher.close();
                phases.markers().sent().keySet().forEach(marker -> expected.merge(marker, 1L, Long::sum));
                phases.expectedLater().forEach((word, count) -> expected.merge(word, count, Long::sum));
                return result(job, watcher, phases, expected, new Verdict(false, failure, exitCode, 0, 0, null), startupMs,
                        timeline == null ? null : timeline.finish(watcher.markers(), phases.markers().sent())).withBroker(broker.measured());
            }
        }
    }

    /**
     * What the Kafka broker costs during a Kafka job's run, measured as the job is, from /proc: a
     * JVM of its own, reported beside the job, not charged to it. Nothing for the other jobs, nor
     * for a broker the harness did not start (its process is not known).
     */
    private static final class BrokerCost implements AutoCloseable {
        private final ProcessTreeMonitor monitor;
        private final ProcessTreeMonitor.Window window;

        BrokerCost(ProcessHandle broker) {
            this.monitor = broker == null ? null : ProcessTreeMonitor.start(broker);
            this.window = monitor == null ? null : monitor.window();
        }

        /** CPU and peak RSS so far, or null when not measured. */
        Resources measured() {
            if (window == null) {
                return null;
            }
            window.close();
            return new Resources(null, window.cpuSeconds(), window.peakRssBytes());
        }

        @Override
        public void close() {
            if (monitor != null) {
                monitor.close();
            }
        }
    }

    private Feed feed(BatchWatcher watcher) throws IOException, InterruptedException {
        if (plan.job().readsKafka()) {
            return KafkaFeed.create(context.kafka().bootstrap(), context.topic(plan.name()), context.kafkaPartitions(), watcher,
                    context.settings().timeout());
        }
        return plan.job().readsFolder() ? new FileFeed(work.resolve("in"), watcher, context.settings().inputFiles())
                : new SocketFeed(context.settings().bind());
    }

    /** Every phase's words, and the feed's readiness probe: the totals the job must publish (markers come as sent). */
    private Map<String, Long> expected(Feed feed) {
        Map<String, Long> expected = new HashMap<>();
        plan.phases().forEach(phase -> phase.expectedCounts().forEach((word, count) -> expected.merge(word, count, Long::sum)));
        if (feed.probeWord() != null) {
            expected.merge(feed.probeWord(), feed.probeWords(), Long::sum);
        }
        return expected;
    }

    private JobArgs args(Feed feed) {
        RunSettings settings = context.settings();
        JobArgs args = new JobArgs().output(work.resolve("out")).print(0).batchMillis(settings.batchMillis())
                .cores(settings.cores()).variant(plan.variant()).state(plan.state())
                .changes(plan.setup().changes() && plan.job().stateful());
        if (plan.engine() == Engine.FLINK && settings.flinkBufferMs() != null) {
            args.bufferMillis(settings.flinkBufferMs());
        }
        if (feed instanceof SocketFeed socket) {
            args.socket(settings.bind(), socket.port());
        } else if (feed instanceof KafkaFeed kafka) {
            args.kafka(context.kafka().bootstrap(), kafka.topic(), kafka.topic());
        } else {
            args.inputDir(work.resolve("in"));
        }
        return plan.job().checkpointed() ? args.checkpoint(work.resolve("checkpoint")) : args;
    }

    private List<String> profiling() throws IOException {
        if (!context.settings().profile()) {
            return List.of();
        }
        Path recording = Files.createDirectories(context.reportFolder().resolve("profiles")).resolve(plan.name() + ".jfr");
        return List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
    }

    /** Start-up: JVM spawned → job ready (socket connected; file job: first batch published), ms. */
    private long ready(RunningJob job, Feed feed) throws IOException, InterruptedException, TimeoutException {
        events.phase("start-up", 0, plan.phases().stream().mapToLong(Phase::words).sum());
        long ready = job.whileAlive(() -> feed.awaitReady(job.timeout()));
        return ready - job.spawnedMillis();
    }

    /** Runs the phases in order; the failure, or null. */
    private String phases(PhaseContext context) throws IOException, InterruptedException, TimeoutException, OverCountException {
        try {
            for (Phase phase : plan.phases()) {
                phase.run(context);
            }
        } catch (RuntimeException e) {
            return "the harness failed to read the job's output: " + e;
        }
        return null;
    }

    /**
     * The run's result: its verdict against {@code expected}, its figures, and its timeline: the words it published over
     * time ({@link PublishedWords}) and every marker's latency, beside the soak's samples in {@code sampled} (null when
     * not sampled).
     */
    private RunResult result(RunningJob job, BatchWatcher watcher, PhaseContext phases, Map<String, Long> expected, Verdict stop,
                             Long startupMs, RunResult.Timeline sampled) {
        List<RunResult.Point> published = PublishedWords.of(watcher.published(0), job.spawnedMillis());
        RunResult.Timeline timeline = sampled != null ? sampled.withWordsPublished(published)
                : new RunResult.Timeline(null, null, TimelineRecorder.latencies(watcher.markers(), phases.markers().sent(),
                        job.spawnedMillis()), published);
        RunResult.Differences differences = Differences.between(expected, watcher.totals());
        long expectedWords = expected.values().stream().mapToLong(Long::longValue).sum();
        MarkerLatencies latencies = MarkerLatencies.of(watcher.markers(), phases.markers().sent());
        Verdict verdict = new Verdict(stop.failure() == null && differences == RunResult.Differences.NONE, stop.failure(),
                stop.exitCode(), expectedWords, watcher.totalWords(), differences);
        MonitoredChild child = job.child();
        return new RunResult(plan.identity(), plan.run(), verdict, phases.throughput(),
                latencies.toLatency(phases.markers().count(), phases.markers().lineLags()),
                new Resources(startupMs, child.cpuSeconds(), child.peakRssBytes(),
                        plan.job().stateful() ? EngineCheckpoints.read(child.log, work.resolve("checkpoint")) : null),
                child.harnessCpuSeconds(), child.relativeLog(), timeline);
    }
}
