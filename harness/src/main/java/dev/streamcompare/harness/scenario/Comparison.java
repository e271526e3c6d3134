package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.report.render.ReportWriter;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.run.ConsoleProgress;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.JobRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The comparison behind {@code ./compare.sh}: the same input to every job on every engine, one
 * child JVM a run, each run checked against the reference counter and measured from outside;
 * then report.json, report.md and report.html in a new folder under the reports folder.
 */
public final class Comparison {

    private static final DateTimeFormatter FOLDER_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final CompareSettings settings;
    private final JobLauncher launcher;
    private final BuildInfo build;
    private final PrintWriter console;
    private final ConsoleProgress progress;

    public Comparison(CompareSettings settings, JobLauncher launcher, BuildInfo build, PrintWriter console, boolean terminal) {
        this.settings = settings;
        this.launcher = launcher;
        this.build = build;
        this.console = console;
        this.progress = new ConsoleProgress(console, terminal);
    }

    /** Runs everything; returns the report folder. */
    public Path run(Path seed, boolean quick, Path reportsFolder, String commandLine) throws IOException, InterruptedException {
        Instant started = Instant.now();
        Path folder = Files.createDirectories(reportsFolder.resolve(FOLDER_NAME.format(started)));
        // The inputs, outputs and checkpoints of every run: where a cluster's processes reach them too.
        Path work = settings.workDir() == null ? Files.createTempDirectory("streamcompare-")
                : Files.createTempDirectory(Files.createDirectories(settings.workDir()), "streamcompare-");
        // Ctrl-C ends the JVM without running finally blocks: the 100 MB of input go with a hook.
        Thread removeWork = new Thread(() -> deleteTree(work), "remove-" + work.getFileName());
        Runtime.getRuntime().addShutdownHook(removeWork);
        try {
            console.printf("Preparing the input: %s × %d …%n", seed.getFileName(), settings.repeat());
            console.flush();
            Workload workload = Workload.prepare(seed, settings.repeat(), work.resolve("input.txt"));
            List<RunResult> runs = new ArrayList<>();
            // --faults and --soak: runs of their own instead of the throughput comparison.
            boolean compare = settings.mode() != Mode.FAULTS && settings.soakMinutes() == 0 && settings.mode() != Mode.SCALING;
            Workload warmUp = compare && settings.warmUp() > 0
                    ? Workload.prepare(seed, settings.warmUp(), work.resolve("warm-up.txt")) : null;
            int warmUpCopies = warmUp == null ? 0 : settings.warmUp(); // as reported: none outside the comparison
            JobRunner runner = new JobRunner(settings, workload, warmUp, launcher, folder, work);
            Double referenceRate = null;
            if (compare) {
                console.println("Measuring the reference rate: the reference counter, one thread, input in memory, third pass …");
                console.flush();
                referenceRate = runner.runReferenceRate();
            }
            long streamingJobs = settings.selection().jobs().stream().filter(job -> job != Job.BATCH).count();
            int runsPerJob = settings.selection().engines().stream().mapToInt(e -> e.variants(settings.selection().variants()).size()).sum();
            int total = !compare ? 0 : (settings.selection().baseline() ? settings.selection().runs() : 0) + (int) (settings.selection().runs()
                    * ((settings.selection().jobs().size() - streamingJobs) * settings.selection().engines().size() + streamingJobs * runsPerJob));
            int index = 0;
            for (int r = 1; compare && settings.selection().baseline() && r <= settings.selection().runs(); r++) {
                int run = r;
                runs.add(measure(label(++index, total, "consume", "plain-java", r), "consume", "plain-java", r,
                        line -> runner.runBaseline(run, line)));
            }
            for (Job job : compare ? settings.selection().jobs() : List.<Job>of()) {
                for (int r = 1; r <= settings.selection().runs(); r++) {
                    for (Engine engine : settings.selection().engines()) {
                        // The batch job has no variants: it is the seed's warm-up exercise, as the seed wrote it.
                        for (Variant variant : job == Job.BATCH ? List.of(Variant.FAITHFUL) : engine.variants(settings.selection().variants())) {
                            int run = r;
                            String label = JobRunner.label(engine, variant);
                            runs.add(measure(label(++index, total, job.toString(), label, r), job.toString(), label, r,
                                    line -> job == Job.BATCH ? runner.runBatch(engine, run, line)
                                            : runner.runStreaming(job, engine, variant, run, line)));
                        }
                    }
                }
            }
            // The peer: Flink's own example on the socket job's input, when the socket job runs on flink.
            PeerResult peer = compare && settings.selection().peer() && settings.selection().jobs().contains(Job.SOCKET)
                    && settings.selection().engines().contains(Engine.FLINK) ? runPeer(runner, workload, folder, work) : null;
            List<SustainableResult> sustainable = new ArrayList<>();
            for (Job job : compare && settings.sustain().find() ? settings.selection().jobs() : List.<Job>of()) {
                for (Engine engine : job == Job.BATCH ? List.<Engine>of() : settings.selection().engines()) {
                    sustainable.add(SustainableRate.find(runner, job, engine, settings, progress, workload.wordsPerFixedRateLine()));
                }
            }
            List<FaultResult> faults = settings.mode() != Mode.FAULTS ? List.of()
                    : new FaultRuns(settings, workload, launcher, folder, work, runner.jvmOptions()).all(progress);
            List<SoakResult> soak = settings.soakMinutes() == 0 ? List.of() : Soak.runAll(runner, settings, progress);
            List<ScalingPoint> scaling = settings.mode() != Mode.SCALING ? List.of()
                    : Scaling.run(settings, quick, seed, launcher, folder, work, progress);
            Report report = new Report(started.toString(), commandLine, new Report.Setup(machine(), versions(), engineSettings(),
                    new Report.Input(new Report.Input.Text(seed.getFileName().toString(), settings.repeat(), workload.sha256(),
                            workload.bytes().length, workload.lines(), workload.words(), workload.counts().size()),
                            new Report.Input.FixedRate(settings.fixedRate().linesPerSecond(), settings.fixedRate().seconds(), settings.fixedRate().markerEveryMillis()),
                            warmUpCopies),
                    Map.of("howMeasured", HowMeasured.text(settings.run().batchTop(), warmUpCopies))),
                    new Report.Findings(runs, sustainable, faults, soak, referenceRate, scaling, peer));
            report.write(folder);
            ReportWriter.write(report, folder);
            pointLatestAt(reportsFolder, folder);
            return folder;
        } finally {
            deleteTree(work);
            try {
                Runtime.getRuntime().removeShutdownHook(removeWork);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private String label(int index, int total, String job, String engine, int run) {
        return String.format("[%d/%d] %s %s run %d/%d", index, total, job, engine, run, settings.selection().runs());
    }

    /** One run of the comparison. */
    private interface Measurement {
        public RunResult run(ConsoleProgress.Run line) throws IOException, InterruptedException;
    }

    /** Makes one run; an unexpected error is a failed run of the report, and the comparison goes on. */
    private RunResult measure(String label, String job, String engine, int run, Measurement measurement)
            throws InterruptedException {
        try (ConsoleProgress.Run line = progress.start(label)) {
            RunResult result;
            try {
                result = measurement.run(line);
            } catch (IOException | RuntimeException e) {
                result = RunResult.failed(Identity.parse(job, engine), run, "the harness failed: " + e);
            }
            line.finish(result);
            return result;
        }
    }

    /** Runs the peer once; an unexpected error is a failed peer, and the comparison goes on. Null if not run. */
    private PeerResult runPeer(JobRunner runner, Workload workload, Path folder, Path work) throws InterruptedException {
        String name = Peer.name(build.flinkVersion());
        try (ConsoleProgress.Run line = progress.start("[peer] socket " + name)) {
            PeerResult result;
            try {
                Peer.Run run = Peer.run(name, settings, workload, launcher, runner.jvmOptions(), folder, work, line);
                if (run == null) {
                    console.println("[peer] not run: the jobs run on a Flink cluster, or by a launcher without the peer");
                    return null;
                }
                result = run.result();
            } catch (dev.streamcompare.common.BadInputException e) {
                result = PeerResult.failed(name, Peer.MAIN_CLASS, Peer.WINDOW_SECONDS, e.getMessage(), workload.words(), workload.counts().size());
            } catch (IOException | RuntimeException e) {
                result = PeerResult.failed(name, Peer.MAIN_CLASS, Peer.WINDOW_SECONDS, "the harness failed: " + e, workload.words(), workload.counts().size());
            }
            line.finishPeer(result);
            return result;
        }
    }

    private Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("streamcompare", build.version());
        versions.put("Apache Flink", build.flinkVersion());
        versions.put("Apache Spark", build.sparkVersion());
        return versions;
    }

    private Map<String, Map<String, Object>> engineSettings() {
        Map<String, Map<String, Object>> engines = new LinkedHashMap<>();
        Map<String, Object> flink = new LinkedHashMap<>();
        flink.put("parallelism", settings.run().cores());
        flink.put("heap", settings.run().heap());
        flink.put("batchSeconds", settings.run().batchSeconds());
        flink.put("batches", "event-time tumbling windows on ingestion time, watermark from the wall clock");
        flink.put("checkpointing", "stateful job: every batch, filesystem storage, default (hashmap) state backend");
        flink.put("variant", "faithful: every (word, 1) through keyBy, no pre-aggregation");
        if (settings.selection().variants().contains(Variant.TUNED)) {
            flink.put("tunedVariant", "flatMap(split) and a combiner per batch in one operator before keyBy, object reuse; "
                    + "file jobs list the folder every 250 ms");
        }
        engines.put("flink", flink);
        Map<String, Object> spark = new LinkedHashMap<>();
        spark.put("master", "local[" + settings.run().cores() + "]");
        spark.put("heap", settings.run().heap());
        spark.put("batchSeconds", settings.run().batchSeconds());
        spark.put("checkpointing", "stateful job: metadata and state every batch");
        spark.put("receiverStorageLevel", "MEMORY_AND_DISK_SER_2 (socketTextStream's default)");
        spark.put("variant", "faithful: DStreams as the seed wrote them");
        if (settings.selection().variants().contains(Variant.TUNED)) {
            spark.put("tunedVariant", "each partition's words counted in a hash map before reduceByKey / updateStateByKey; "
                    + "socket jobs: local[cores + 1] (the receiver's own slot), blocks MEMORY_AND_DISK "
                    + "(objects, no replica) every 500 ms; file jobs: a batch's files coalesced to one partition per slot; "
                    + "stateful jobs: state kept as objects (MEMORY_ONLY), no sortByKey (the publish step sorts); "
                    + "Kryo with registration, no reference tracking");
        }
        engines.put("spark", spark);
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("master", "local[" + settings.run().cores() + "]");
        structured.put("heap", settings.run().heap());
        structured.put("batchSeconds", settings.run().batchSeconds());
        structured.put("shufflePartitions", settings.run().cores());
        structured.put("batches", "micro-batches on a processing-time trigger every batchSeconds; stateless: "
                + "groupBy(word).count() per micro-batch in foreachBatch");
        structured.put("checkpointing", "stateful job: groupBy(word).count() in complete mode, offsets and state every micro-batch");
        structured.put("variant", "faithful: the Dataset API, words by the shared tokenizer in a typed flatMap");
        engines.put("spark-structured", structured);
        for (Engine engine : Engine.values()) {
            Map<String, Object> where = launcher.describe(engine);
            if (!where.isEmpty()) {
                Map<String, Object> merged = engines.get(engine.toString());
                merged.remove("master");
                merged.remove("heap"); // the cluster's, set by its own configuration
                merged.putAll(where);
            }
        }
        return engines;
    }

    static Report.Machine machine() {
        String cpu = "unknown";
        long memory = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
        } catch (IOException e) {
            // not Linux: the figures that need /proc say so
        }
        return new Report.Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version"));
    }

    private static void pointLatestAt(Path reportsFolder, Path folder) throws IOException {
        Path latest = reportsFolder.resolve("latest");
        Files.deleteIfExists(latest);
        try {
            Files.createSymbolicLink(latest, folder.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            Files.writeString(latest, folder.getFileName().toString() + "\n");
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not remove " + folder + ": " + e.getMessage());
        }
    }
}
