package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.feed.DistinctWords;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.ExpectationCheck;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.render.ReportWriter;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.KafkaBroker;
import dev.streamcompare.harness.run.LoadWatch;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One invocation of {@code ./compare.sh}: the input prepared once, byte-identical for every run,
 * the scenario the settings ask for ({@link Scenario#of}), then report.json, report.md and
 * report.html in a new folder under the reports folder.
 */
public final class Comparison {

    private static final DateTimeFormatter FOLDER_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final CompareSettings settings;
    private final JobLauncher launcher;
    private final BuildInfo build;
    private final PrintWriter console;
    private final RunListener listener;

    public Comparison(CompareSettings settings, JobLauncher launcher, BuildInfo build, PrintWriter console, RunListener listener) {
        this.settings = settings;
        this.launcher = launcher;
        this.build = build;
        this.console = console;
        this.listener = listener;
    }

    /**
     * Runs everything; returns the report folder. {@code oracle}: the seed's counts made without the
     * project's code, against which the expected counts are checked before any job runs; null when
     * {@code seed} is a text of the user's, which has none.
     *
     * @throws dev.streamcompare.common.BadInputException before any job ran, if the expected counts differ from the oracle's
     */
    public Path run(Path seed, Path oracle, boolean quick, Path reportsFolder, String commandLine)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        Path folder = reportsFolder.resolve(FOLDER_NAME.format(started));
        // The inputs, outputs and checkpoints of every run: where a cluster's processes reach them too.
        Path work = settings.workDir() == null ? Files.createTempDirectory("streamcompare-")
                : Files.createTempDirectory(Files.createDirectories(settings.workDir()), "streamcompare-");
        // Ctrl-C ends the JVM without running finally blocks: the 100 MB of input go with a hook.
        Thread removeWork = new Thread(() -> deleteTree(work), "remove-" + work.getFileName());
        Runtime.getRuntime().addShutdownHook(removeWork);
        KafkaBroker kafka = null;
        LoadWatch load = LoadWatch.start();
        try {
            // --distinct: generated words stand in for the seed text, as a text of the user's would.
            int distinct = settings.selection().distinct();
            Path text = distinct > 0 ? DistinctWords.write(work.resolve("distinct-" + distinct + ".txt"), distinct) : seed;
            Path textOracle = distinct > 0 ? null : oracle;
            console.printf("Preparing the input: %s × %d …%n", text.getFileName(), settings.repeat());
            console.flush();
            Workload workload = Workload.prepare(text, settings.repeat(), work.resolve("input.txt"));
            // Only the comparison warms up: fault, soak and scaling runs start cold.
            Workload warmUp = settings.mode() == Mode.COMPARE && settings.warmUp() > 0
                    ? Workload.prepareWarmUp(text, settings.warmUp(), work.resolve("warm-up.txt")) : null;
            int warmUpCopies = warmUp == null ? 0 : settings.warmUp(); // as reported: none outside the comparison
            ExpectationCheck expectation = textOracle == null
                    ? ExpectationCheck.skipped(distinct > 0 ? "--distinct " + distinct + " generates its words, with no oracle"
                            : "--input " + seed.getFileName() + " is a text of its own, with no oracle")
                    : ExpectedCountsCheck.of(textOracle, "data/" + textOracle.getFileName())
                            .check(ExpectedCountsCheck.inputs(workload, settings.repeat(), warmUp, warmUpCopies));
            console.println("Expected counts " + expectation.line());
            Files.createDirectories(folder);
            kafka = settings.needsKafka() ? kafka(work) : null;
            RunContext context = new RunContext(settings.run(), launcher, folder, work);
            JobRunner runner = new JobRunner(kafka == null ? context : context.withKafka(kafka, settings.kafkaPartitions()), workload, warmUp,
                    settings.fixedRate());
            console.println("CPUs: " + runner.context().pinning().description());
            FindingsBuilder findings = new FindingsBuilder();
            Scenario.of(settings.mode()).run(new ScenarioContext(settings, text, workload, runner, listener, console, build, quick),
                    findings);
            Report report = Report.of(started.toString(), commandLine,
                    new ReportSetup(settings, build, runner.context()).of(text, workload, warmUpCopies, expectation, load.stop(),
                            ProjectHome.locate()),
                    findings.build());
            report.write(folder);
            ReportWriter.write(report, folder);
            pointLatestAt(reportsFolder, folder);
            return folder;
        } finally {
            load.close();
            if (kafka != null) {
                kafka.close(); // before its folder goes
            }
            deleteTree(work);
            try {
                Runtime.getRuntime().removeShutdownHook(removeWork);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /**
     * The broker of the Kafka jobs: the one {@code --bootstrap} names, or one started here with its
     * files in the work folder (cluster/start kafka), stopped when the invocation ends.
     */
    private KafkaBroker kafka(Path work) throws IOException, InterruptedException {
        if (settings.bootstrap() != null) {
            console.println("Kafka broker: " + settings.bootstrap() + " (--bootstrap)");
            return KafkaBroker.at(settings.bootstrap());
        }
        console.print("Kafka broker: starting one (cluster/start kafka) … ");
        console.flush();
        KafkaBroker broker = KafkaBroker.start(ProjectHome.locate(), work.resolve("kafka"), settings.run().timeout());
        console.println(broker.bootstrap() + ", pid " + broker.process().map(ProcessHandle::pid).map(String::valueOf).orElse("?"));
        return broker;
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
