package dev.streamcompare.harness.run;

import dev.streamcompare.common.Variant;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.feed.Feed;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.feed.SocketFeed;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Stats;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.report.Verdict;
import dev.streamcompare.harness.scenario.CompareSettings;
import dev.streamcompare.testkit.PlainConsumer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs one job on one engine in a child JVM of its own and measures it from outside: the input
 * comes from the harness, the publish times from watching the output folder, CPU and memory from
 * /proc. A run that fails (timeout, crash) is reported as such, with its log; the child's process
 * tree is always ended.
 */
public final class JobRunner {

    /** What a run reports on while it goes: job, engine, phase, words counted. */
    public interface Progress {
        void update(String phase, long wordsCounted, long wordsExpected);
    }

    private final CompareSettings settings;
    private final Workload workload;
    /** Sent before the max-rate phase and not timed, or null: see the {@code --warm-up} option. */
    private final Workload warmUp;
    private final JobLauncher launcher;
    private final Path reportFolder;
    private final Path workFolder;
    private final List<String> jvmOptions;

    public JobRunner(CompareSettings settings, Workload workload, Workload warmUp, JobLauncher launcher, Path reportFolder, Path workFolder)
            throws IOException {
        this.settings = settings;
        // The engines' own temp files (Flink unpacks a 24 MB RPC jar per JVM) go with the work folder.
        this.jvmOptions = new ArrayList<>(settings.run().jvmOptions());
        jvmOptions.add("-Djava.io.tmpdir=" + Files.createDirectories(workFolder.resolve("tmp")));
        this.workload = workload;
        this.warmUp = warmUp;
        this.launcher = launcher;
        this.reportFolder = reportFolder;
        this.workFolder = workFolder;
    }

    /**
     * What a streaming run does: its name, whether it has the max-rate phase, and the fixed-rate
     * phase's rate, length, and bound on the wait for its last words after the last line is sent.
     */
    public record StreamingPlan(String name, Variant variant, boolean maxRatePhase, int linesPerSecond, int fixedSeconds,
                         Duration drainBound, boolean timeline) {}

    /** How a run of {@code engine} in {@code variant} is named in reports: {@code flink}, {@code flink-tuned}. */
    public static String label(Engine engine, Variant variant) {
        return variant == Variant.TUNED ? engine + "-tuned" : engine.toString();
    }

    /** The JVM options of every child: the settings' plus a temp folder inside the work folder. */
    public List<String> jvmOptions() {
        return List.copyOf(jvmOptions);
    }

    /** A streaming job: start-up, max-rate phase, fixed-rate phase with markers, stop, check. */
    public RunResult runStreaming(Job job, Engine engine, Variant variant, int run, Progress progress) throws IOException, InterruptedException {
        boolean maxRatePhase = job.readsFolder() || engine.takesSocketBacklog();
        return runStreaming(job, engine, run, new StreamingPlan(job + "-" + label(engine, variant) + "-" + run, variant, maxRatePhase,
                settings.fixedRate().linesPerSecond(), settings.fixedRate().seconds(), settings.run().timeout(), false), progress);
    }

    /** A streaming run as {@code plan} says. */
    public RunResult runStreaming(Job job, Engine engine, int run, StreamingPlan plan, Progress progress)
            throws IOException, InterruptedException {
        String name = plan.name();
        Path work = Files.createDirectories(workFolder.resolve(name));
        Path out = work.resolve("out");
        boolean stateful = job.stateful();
        List<String> args = new ArrayList<>(List.of("--output", out.toString(), "--print", "0",
                "--batch-seconds", Integer.toString(settings.run().batchSeconds()), "--cores", Integer.toString(settings.run().cores()),
                "--variant", plan.variant().toString()));
        Markers markers = new Markers();
        Map<String, Long> expected = plan.maxRatePhase() ? new HashMap<>(workload.counts()) : new HashMap<>();
        String failure = null;
        Integer exitCode = null;
        Long startupMs = null;
        Double throughput = null;
        RunResult.Phase phase = null;

        try (BatchWatcher watcher = new BatchWatcher(out, stateful);
             Feed feed = job.readsFolder() ? new FileFeed(work.resolve("in"), watcher, Math.max(4, settings.repeat()))
                     : new SocketFeed(settings.run().bind())) {
            if (feed instanceof SocketFeed socket) {
                args.addAll(List.of("--host", settings.run().bind(), "--port", Integer.toString(socket.port())));
            } else {
                args.addAll(List.of("--input-dir", work.resolve("in").toString()));
            }
            if (stateful) {
                args.addAll(List.of("--checkpoint", work.resolve("checkpoint").toString()));
            }
            if (feed.probeWord() != null) {
                expected.merge(feed.probeWord(), feed.probeWords(), Long::sum);
            }
            List<String> fixedLines = workload.fixedRateLines(plan.linesPerSecond() * plan.fixedSeconds());
            WordCounter fixedCounts = new WordCounter();
            fixedLines.forEach(fixedCounts::addLine);

            List<String> runOptions = new ArrayList<>(jvmOptions);
            if (settings.run().profile()) {
                Path recording = Files.createDirectories(reportFolder.resolve("profiles")).resolve(name + ".jfr");
                runOptions.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
            }
            try (MonitoredChild child = new MonitoredChild(reportFolder, workFolder, name, launcher.command(engine, job, args, runOptions),
                    launcher.environment(engine), line -> { }, launcher.clusterProcesses(engine));
                 TimelineRecorder timeline = plan.timeline() ? new TimelineRecorder(child, watcher) : null) {
                try {
                    progress.update("start-up", 0, workload.words());
                    long ready = whileAlive(child, () -> feed.awaitReady(settings.run().timeout()));
                    startupMs = ready - child.spawnedMillis;

                    long maxRateWords = feed.probeWords();
                    if (plan.maxRatePhase() && warmUp != null) {
                        // Not timed: the JIT compiles the job's hot loop here, as the reference rate's
                        // two passes before the timed one do for the reference counter.
                        progress.update("warm-up", watcher.totalWords(), warmUp.words());
                        warmUp.counts().forEach((word, count) -> expected.merge(word, count, Long::sum));
                        feed.sendAtMaxRate(warmUp);
                        maxRateWords += warmUp.words();
                        awaitWords(child, watcher, maxRateWords, progress, "warm-up", settings.run().timeout());
                    }
                    if (plan.maxRatePhase()) {
                        progress.update("max rate", watcher.totalWords(), workload.words());
                        int batchesBefore = watcher.batches();
                        long firstByte = feed.sendAtMaxRate(workload);
                        maxRateWords += workload.words();
                        long completed = awaitWords(child, watcher, maxRateWords, progress, "max rate", settings.run().timeout());
                        double seconds = (completed - firstByte) / 1000.0;
                        throughput = workload.words() / seconds;
                        phase = new RunResult.Phase(workload.words(), seconds, watcher.batches() - batchesBefore);
                    }

                    progress.update("fixed rate", watcher.totalWords(), maxRateWords);
                    feed.sendAtFixedRate(fixedLines, plan.linesPerSecond(), settings.fixedRate().markerEveryMillis(), markers);
                    long allWords = maxRateWords + fixedCounts.total() + markers.count();
                    awaitWords(child, watcher, allWords, progress, "fixed rate", plan.drainBound());
                } catch (TimeoutException e) {
                    failure = e.getMessage();
                } catch (IOException e) {
                    failure = "the feed failed: " + e.getMessage();
                } catch (RuntimeException e) {
                    failure = "the harness failed to read the job's output: " + e;
                }
                progress.update("stop", watcher.totalWords(), watcher.totalWords());
                exitCode = child.stop();
                if (failure == null && (exitCode == null || exitCode != 0)) {
                    failure = exitCode == null ? "did not stop within the grace period after SIGTERM: killed"
                            : "exited with " + exitCode + " after SIGTERM";
                }
                watcher.close();
                fixedCounts.toMap().forEach((word, count) -> expected.merge(word, count, Long::sum));
                markers.sentAtMillis().keySet().forEach(marker -> expected.merge(marker, 1L, Long::sum));

                Map<String, Long> counted = watcher.totals();
                RunResult.Differences differences = Differences.between(expected, counted);
                List<Long> latencies = new ArrayList<>();
                List<Long> delays = new ArrayList<>();
                watcher.markers().forEach((marker, hit) -> {
                    Long sent = markers.sentAtMillis().get(marker);
                    if (sent != null) {
                        latencies.add(hit.publishedMillis() - sent);
                        delays.add(hit.publishedMillis() - hit.batchEndMillis());
                    }
                });
                long expectedWords = expected.values().stream().mapToLong(Long::longValue).sum();
                return new RunResult(Identity.of(job, engine, plan.variant()), run, new Verdict(failure == null
                        && differences == RunResult.Differences.NONE, failure, exitCode, expectedWords, watcher.totalWords(), differences),
                        new Throughput(throughput, phase), new Latency(Stats.Percentiles.of(latencies), Stats.Percentiles.of(delays),
                        markers.count(), latencies.size()), new Resources(startupMs, child.cpuSeconds(), child.peakRssBytes()),
                        child.harnessCpuSeconds(), child.relativeLog(),
                        timeline == null ? null : timeline.finish(watcher.markers(), markers.sentAtMillis()));
            }
        }
    }

    /** Waits for the job's totals to reach {@code words}; fails at once if the child dies, or at the timeout. */
    private long awaitWords(MonitoredChild child, BatchWatcher watcher, long words, Progress progress, String phase, Duration bound)
            throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + bound.toMillis();
        while (true) {
            if (!child.jvm.isAlive() && watcher.totalWords() < words) {
                throw new TimeoutException(phase + " phase: the job exited (" + child.jvm.waitFor() + ") after publishing "
                        + watcher.totalWords() + " of " + words + " words; see its log");
            }
            try {
                return watcher.awaitWords(words, Duration.ofMillis(Math.min(500, Math.max(1, deadline - System.currentTimeMillis()))));
            } catch (TimeoutException e) {
                if (System.currentTimeMillis() >= deadline) {
                    throw new TimeoutException(phase + " phase: " + e.getMessage().replace("after 0 s", "after "
                            + bound.toSeconds() + " s"));
                }
                progress.update(phase, watcher.totalWords(), words);
            }
        }
    }

    /** A wait done in another thread, given up as soon as the child dies. */
    public interface Wait<T> {
        T call() throws Exception;
    }

    public static <T> T whileAlive(MonitoredChild child, Wait<T> wait) throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return wait.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        while (true) {
            try {
                return result.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                if (!child.jvm.isAlive()) {
                    result.cancel(true);
                    throw new TimeoutException("the job exited (" + child.jvm.waitFor() + ") before it was ready; see its log");
                }
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof TimeoutException timeout) {
                    throw timeout;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause);
            }
        }
    }

    /** The batch job: the top words of the whole input, checked against the reference's. */
    public RunResult runBatch(Engine engine, int run, Progress progress) throws IOException, InterruptedException {
        String name = "batch-" + engine + "-" + run;
        List<String> printed = new ArrayList<>();
        List<String> args = List.of("--input", workload.input().toString(), "--top", Integer.toString(settings.run().batchTop()),
                "--cores", Integer.toString(settings.run().cores()));
        try (MonitoredChild child = new MonitoredChild(reportFolder, workFolder, name, launcher.command(engine, Job.BATCH, args, jvmOptions),
                launcher.environment(engine), line -> {
                    synchronized (printed) {
                        printed.add(line);
                    }
                }, launcher.clusterProcesses(engine))) {
            progress.update("running", 0, workload.words());
            OptionalInt exit = child.jvm.waitFor(settings.run().timeout());
            long ended = System.currentTimeMillis();
            String failure = exit.isEmpty() ? "no result within " + settings.run().timeout().toSeconds() + " s"
                    : exit.getAsInt() != 0 ? "exited with " + exit.getAsInt() : null;
            Integer exitCode = exit.isPresent() ? exit.getAsInt() : child.stop();

            List<WordCount> expectedTop = workload.top(settings.run().batchTop());
            Map<String, Long> expected = new HashMap<>();
            expectedTop.forEach(entry -> expected.put(entry.word(), entry.count()));
            List<String> expectedLines = expectedTop.stream().map(WordCount::toTsv).toList();
            Map<String, Long> counted = new HashMap<>();
            synchronized (printed) {
                for (String line : printed) {
                    int tab = line.lastIndexOf('\t');
                    if (tab > 0 && line.substring(tab + 1).matches("\\d{1,18}")) {
                        counted.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)), Long::sum);
                    }
                }
            }
            RunResult.Differences differences = Differences.between(expected, counted);
            boolean inOrder;
            synchronized (printed) {
                inOrder = printed.equals(expectedLines);
            }
            double seconds = (ended - child.spawnedMillis) / 1000.0;
            return new RunResult(Identity.of(Job.BATCH, engine), run, new Verdict(failure == null && inOrder, failure, exitCode,
                    expected.values().stream().mapToLong(Long::longValue).sum(),
                    counted.values().stream().mapToLong(Long::longValue).sum(), differences),
                    new Throughput(failure == null ? workload.words() / seconds : null, new RunResult.Phase(workload.words(), seconds, 0)),
                    Latency.NONE, new Resources(null, child.cpuSeconds(), child.peakRssBytes()), child.harnessCpuSeconds(),
                    child.relativeLog(), null);
        }
    }

    /**
     * The reference rate on this comparison's input ({@link ReferenceRate}), in a child JVM with
     * the jobs' heap; null if it failed (its log says why).
     */
    public Double runReferenceRate() throws IOException, InterruptedException {
        List<String> command = harnessChild(ReferenceRate.class, workload.input().toString());
        Double[] rate = new Double[1];
        try (MonitoredChild child = new MonitoredChild(reportFolder, workFolder, "reference-rate", command, Map.of(), line -> {
            Double parsed = ReferenceRate.parse(line);
            if (parsed != null) {
                rate[0] = parsed;
            }
        })) {
            if (child.jvm.waitFor(settings.run().timeout()).isEmpty()) {
                child.stop();
            }
        }
        return rate[0];
    }

    /** The seed's plain consumer, no engine: the baseline. Fed the max-rate input through a socket. */
    public RunResult runBaseline(int run, Progress progress) throws IOException, InterruptedException {
        String name = "consume-plain-java-" + run;
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = harnessChild(PlainConsumerMain.class, Integer.toString(port), "5");
        CompletableFuture<Long> endOfStream = new CompletableFuture<>();
        List<String> lastTop = new ArrayList<>();
        String expectedEnd = "end of stream: " + workload.words() + " words, " + workload.counts().size() + " distinct";
        String expectedTop = PlainConsumer.format(workload.top(5));
        String failure = null;
        Long startupMs = null;
        Double throughput = null;
        RunResult.Phase phase = null;
        String[] endLine = new String[1];
        try (MonitoredChild child = new MonitoredChild(reportFolder, workFolder, name, command, Map.of(), line -> {
            if (line.startsWith("end of stream: ")) {
                endLine[0] = line;
                endOfStream.complete(System.currentTimeMillis());
            } else if (endOfStream.isDone()) {
                synchronized (lastTop) {
                    lastTop.add(line);
                }
            }
        })) {
            try {
                progress.update("start-up", 0, workload.words());
                Socket socket = connectWithRetry(port, child.spawnedMillis + settings.run().timeout().toMillis());
                startupMs = System.currentTimeMillis() - child.spawnedMillis;
                progress.update("max rate", 0, workload.words());
                long first = System.currentTimeMillis();
                try (socket) {
                    socket.getOutputStream().write(workload.bytes());
                    socket.shutdownOutput();
                    long done = endOfStream.get(settings.run().timeout().toMillis(), TimeUnit.MILLISECONDS);
                    double seconds = (done - first) / 1000.0;
                    throughput = workload.words() / seconds;
                    phase = new RunResult.Phase(workload.words(), seconds, 0);
                }
            } catch (TimeoutException | java.util.concurrent.ExecutionException | IOException e) {
                failure = "the consumer gave no end of stream: " + e;
            }
            OptionalInt exit = child.jvm.waitFor(Duration.ofSeconds(10));
            Integer exitCode = exit.isPresent() ? exit.getAsInt() : child.stop();
            boolean correct;
            synchronized (lastTop) {
                correct = failure == null && expectedEnd.equals(endLine[0]) && lastTop.equals(List.of(expectedTop));
            }
            List<String> first = correct ? List.of() : List.of("expected '" + expectedEnd + "' then '" + expectedTop
                    + "', got '" + endLine[0] + "' then " + lastTop);
            return new RunResult(Identity.BASELINE, run, new Verdict(correct, failure, exitCode, workload.words(),
                    endLine[0] == null ? 0 : Long.parseLong(endLine[0].split(" ")[3]),
                    correct ? RunResult.Differences.NONE : new RunResult.Differences(0, 0, 1, first)),
                    new Throughput(throughput, phase), Latency.NONE, new Resources(startupMs, child.cpuSeconds(), child.peakRssBytes()),
                    child.harnessCpuSeconds(), child.relativeLog(), null);
        }
    }

    /** A child JVM running {@code mainClass} of the harness itself, with the jobs' JVM options. */
    private List<String> harnessChild(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ChildJvm.harnessClasspath(), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static Socket connectWithRetry(int port, long deadlineMillis) throws IOException, InterruptedException {
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
                return socket;
            } catch (IOException e) {
                socket.close();
                if (System.currentTimeMillis() > deadlineMillis) {
                    throw new IOException("the consumer did not listen on port " + port + " in time");
                }
                Thread.sleep(20);
            }
        }
    }
}
