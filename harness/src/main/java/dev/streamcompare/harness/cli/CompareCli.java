package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.cluster.ClusterLauncher;
import dev.streamcompare.harness.cluster.ClusterOptions;
import dev.streamcompare.harness.live.LiveView;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.run.FixedRate;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.RunListener;
import dev.streamcompare.harness.run.RunSettings;
import dev.streamcompare.harness.scenario.CompareSettings;
import dev.streamcompare.harness.scenario.Comparison;
import dev.streamcompare.harness.scenario.Mode;
import dev.streamcompare.harness.scenario.Selection;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code ./compare.sh}: without a command, compares the engines on every job and writes a report;
 * with one, runs a job, a feeder or the plain-Java baseline by hand.
 */
@Command(name = "compare.sh", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = CompareCli.Version.class,
        description = {"Runs the seed's word counts on Flink, Spark Streaming (DStreams) and Spark Structured Streaming with byte-identical input, each run "
                + "in a JVM of its own, checks every output against the plain-Java reference counter, measures "
                + "throughput, latency, start-up, CPU and memory, and writes reports/<UTC time>/report.{json,md,html}. "
                + "Exits 1 if any run is wrong or failed.",
            "  ./compare.sh --quick      a correctness check on a small input, a few minutes",
            "  ./compare.sh --runs 3     figures to publish: medians of three runs"},
        subcommands = {RunCommand.class, SubmitCommand.class, ServeCommand.class, DropCommand.class, ReferenceCommand.class,
            ConsumeCommand.class, SendCommand.class, ProduceCommand.class, ReportCommand.class, DiffCommand.class})
public final class CompareCli implements Callable<Integer> {

    /**
     * The seed text 400 times, 107 M words in 400 pieces (616 MB, made as it is sent): enough batches in every
     * engine's max-rate phase for the steady slope (run/MaxRateThroughput). Spark takes whatever has arrived in a
     * batch, so its phase spans as many 2 s batches as the input takes to arrive (at most 10 M words/s, feed/Feed):
     * five or six at × 400; Flink's tuned jobs get eight or more. × 80 gave every engine two to four batches.
     */
    static final int DEFAULT_REPEAT = 400;

    /**
     * Copies of the seed sent before the max-rate phase (2.7 M words: half a second to a few seconds
     * of input, by engine and variant), enough for the JIT to compile the hot loop before the clock
     * starts.
     */
    static final int DEFAULT_WARM_UP = 10;

    /** The batch job's top words, checked against the reference's. */
    static final int BATCH_TOP = 20;
    /** The fixed-rate phase: 20 s, 10 batches of 2 s, so that the latency's tail is not set by 4 or 5 batches. */
    static final int DEFAULT_FIXED_SECONDS = 20;

    /** A marker every 50 ms: 400 latency samples in 20 s. The file jobs' file rate does not depend on it. */
    static final long MARKER_EVERY_MILLIS = 50;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** How jobs are started: the packaged jars unless a test puts another launcher here. */
    JobLauncher launcher;
    /** The seed's oracle: the committed one unless a test puts another here. */
    Path oracle;

    @Option(names = "--quick", description = "A small input (the seed text twice), one run, a 3 s fixed-rate phase.")
    boolean quick;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "N", description = "Runs of each job on each engine (default: ${DEFAULT-VALUE}; 3 for published figures).")
    int runs;

    @Option(names = "--repeat", paramLabel = "N", description = "The max-rate input: the seed text N times (default: " + DEFAULT_REPEAT + ").")
    Integer repeat;

    @Option(names = "--warm-up", paramLabel = "N", description = "Before the max-rate phase, the seed text N times, "
            + "counted and checked but not timed, so that each job is measured warm, as the reference rate is "
            + "(default: " + DEFAULT_WARM_UP + ", or --repeat if smaller; --quick: 0). The comparison only: "
            + "--faults, --soak and --scaling runs start cold.")
    Integer warmUp;

    @Option(names = "--rate", defaultValue = "10000", paramLabel = "LINES_PER_S", description = "Fixed-rate phase: lines per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--fixed-seconds", paramLabel = "S", description = "Length of the fixed-rate phase (default: " + DEFAULT_FIXED_SECONDS
            + "; --quick: 3). Latency markers every " + MARKER_EVERY_MILLIS + " ms: no p99 under 100 markers.")
    Integer fixedSeconds;

    @Option(names = "--engines", split = ",", paramLabel = "E,...", converter = LowerCaseEnums.EngineConverter.class,
            description = "Engines to compare: flink, spark (DStreams), spark-structured (default: all three; "
                    + "Structured Streaming's socket jobs get no max-rate phase: docs/semantics.md §9).")
    List<Engine> engines = new ArrayList<>(List.of(Engine.values()));

    @Option(names = "--jobs", split = ",", paramLabel = "J,...", converter = LowerCaseEnums.JobConverter.class,
            description = "Jobs to run: batch, file, socket, stateful, stateful-file, kafka, stateful-kafka (default: all but the "
                    + "Kafka jobs, which need a broker: --bootstrap; --quick: the first four, the seed's jobs).")
    List<Job> jobs;

    @Option(names = "--variant", defaultValue = "faithful", paramLabel = "V",
            description = "Streaming jobs as the seed wrote them (faithful), with each engine's performance settings "
                    + "(tuned: docs/performance.md), or both, side by side (default: ${DEFAULT-VALUE}). Fault and soak runs: faithful.")
    String variant;

    @Option(names = "--no-baseline", description = "Leave out the plain-Java consumer (no engine).")
    boolean noBaseline;

    @Option(names = "--no-peer", description = "Leave out the peer row: Flink's own SocketWindowWordCount (flink-examples-streaming) "
            + "on the socket job's input, run when the socket job runs on flink (docs/performance.md, \"Peer\"); --quick leaves it out.")
    boolean noPeer;

    @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE", description = "Heap of every child JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--cores", defaultValue = "2", paramLabel = "N", description = "Cores every engine may use (default: ${DEFAULT-VALUE}).")
    int cores;

    @CommandLine.Mixin
    BatchIntervalOptions batchInterval = new BatchIntervalOptions();

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "S", description = "Bound of every wait, in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @CommandLine.Mixin
    ModeOptions modes = new ModeOptions();

    @CommandLine.Mixin
    StateOptions states = new StateOptions();

    @CommandLine.Mixin
    LiveOptions live = new LiveOptions();

    @Option(names = "--input", paramLabel = "FILE", description = "The seed text (default: data/Ulysses.txt).")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", description = "Where report folders go (default: reports/).")
    Path out;

    @Option(names = {"-v", "--verbose"}, description = "Engine logs at INFO in the children's logs.")
    boolean verbose;

    @CommandLine.Mixin
    ClusterOptions clusters;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Where the socket feed listens, and the host the socket jobs connect to: with a cluster on other "
                    + "machines, an address of this one they reach (default: ${DEFAULT-VALUE}).")
    String bind;

    @CommandLine.Mixin
    KafkaBrokerOption kafka;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where each run's input, output and checkpoint folders go (default: a temporary folder). With a "
                    + "cluster on other machines, a folder they share with this one.")
    Path workDir;

    @Option(names = "--cluster-pids", paramLabel = "DIR",
            description = "cluster/start's pid files: when they run the clusters given, CPU and memory of cluster runs are "
                    + "those of the cluster's processes (default: target/cluster/pids); otherwise not measured.")
    Path clusterPids;

    @Option(names = "--spark-master-ui", paramLabel = "URL",
            description = "The Spark master's web UI, read for the workers and cores in the report (default: port 8080 of the master's host).")
    String sparkMasterUi;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with one-line errors: exit 2 for input the user can fix, 1 for a failure. */
    public static CommandLine commandLine() {
        return commandLine(new CompareCli());
    }

    public static CommandLine commandLine(CompareCli command) {
        CommandLine cli = new CommandLine(command);
        // Everything after `run <engine> <job>` belongs to the job, --help included.
        cli.getSubcommands().get("run").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
        cli.getSubcommands().get("submit").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": error: " + e.getMessage() + " (see --help)");
            return JobCli.EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            String name = failed.getCommandSpec().qualifiedName();
            if (e instanceof BadInputException) {
                failed.getErr().println(name + ": error: " + e.getMessage());
                return JobCli.EXIT_BAD_INPUT;
            }
            failed.getErr().println(name + ": failed: " + JobCli.rootMessage(e));
            return JobCli.EXIT_FAILED;
        });
        return cli;
    }

    public CompareSettings settings() {
        // The fault and soak runs send the seed a few times at most: no need for the comparison's 616 MB.
        // The frontier sends fixed-rate lines only: the seed once is its whole input.
        int repeatTimes = repeat != null ? repeat : modes.frontier ? 1 : quick || modes.soakMinutes != null ? 2 : modes.faults ? 4
                : DEFAULT_REPEAT;
        int fixed = fixedSeconds != null ? fixedSeconds : quick ? 3 : DEFAULT_FIXED_SECONDS;
        // Never more warm-up than measured input: --repeat 1 is a check, not a measurement.
        int warmUpTimes = warmUp != null ? warmUp : quick ? 0 : Math.min(DEFAULT_WARM_UP, repeatTimes);
        if (warmUpTimes < 0) {
            throw new BadInputException("--warm-up must be 0 or more, got " + warmUpTimes);
        }
        int runCount = quick ? 1 : runs;
        long batchMillis = batchInterval.millis(modes.frontier);
        if (runCount < 1 || repeatTimes < 1 || rate < 1 || fixed < 1 || cores < 1 || timeoutSeconds < 1) {
            throw new BadInputException("--runs, --repeat, --rate, --fixed-seconds, --cores and --timeout must be at least 1");
        }
        modes.validate();
        List<Job> jobs = modes.jobs(this.jobs, quick);
        if (engines.isEmpty() || jobs.isEmpty()) {
            throw new BadInputException("--engines and --jobs must name at least one");
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new BadInputException("--heap must be a JVM size such as 2g or 512m, got '" + heap + "'");
        }
        List<Variant> variants = switch (variant.toLowerCase(java.util.Locale.ROOT)) {
            case "faithful" -> List.of(Variant.FAITHFUL);
            case "tuned" -> List.of(Variant.TUNED);
            case "both" -> List.of(Variant.FAITHFUL, Variant.TUNED);
            default -> throw new BadInputException("--variant must be faithful, tuned or both, got '" + variant + "'");
        };
        Mode mode = modes.faults ? Mode.FAULTS : modes.soakMinutes != null ? Mode.SOAK : modes.scaling ? Mode.SCALING
                : modes.frontier ? Mode.FRONTIER : Mode.COMPARE;
        Selection selection = new Selection(List.copyOf(engines), variants, List.copyOf(jobs), states.backends(mode, jobs), states.distinct(mode, jobs), !noBaseline, !noPeer && !quick, runCount);
        RunSettings run = new RunSettings(heap, cores, batchMillis, Duration.ofSeconds(timeoutSeconds), BATCH_TOP, bind, modes.profile,
                mode == Mode.SOAK, Math.max(4, repeatTimes));
        return new CompareSettings(selection, run, new FixedRate(rate, fixed, MARKER_EVERY_MILLIS), repeatTimes, warmUpTimes, mode,
                modes.soakMinutes == null ? 0 : modes.soakMinutes, modes.sustain(quick),
                workDir == null ? null : workDir.toAbsolutePath(), kafka.settings());
    }

    @Override
    public Integer call() throws Exception {
        CompareSettings settings = settings();
        Path home = ProjectHome.locate();
        Path seed = input != null ? input : home.resolve("data/Ulysses.txt");
        if (!Files.isRegularFile(seed)) {
            throw new BadInputException("input file not found: " + seed + (input == null ? " (run data/get-ulysses.sh)" : ""));
        }
        // A text of the user's has no oracle: its expected counts go unchecked, and the report says so.
        Path seedOracle = input != null ? null : oracle != null ? oracle : ProjectHome.seedOracle();
        BuildInfo build = BuildInfo.load();
        PrintWriter console = spec.commandLine().getOut();
        JobLauncher jobs = launcher != null ? launcher : JobLauncher.packaged(home, build, verbose);
        for (Engine engine : settings.selection().engines()) {
            if (clusters.hasCluster(engine)) {
                clusters.of(engine); // checked before anything runs
            }
        }
        if (clusters.flinkRest != null || clusters.sparkMaster != null) {
            jobs = new ClusterLauncher(jobs, home, clusters, clusterPids != null ? clusterPids.toAbsolutePath()
                    : home.resolve("target/cluster/pids"), sparkMasterUi, verbose, CompareCli.class.getName());
        }
        String command = "./compare.sh " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        try (LiveView live = this.live.start(console, settings, command)) {
            RunListener progress = new ConsoleProgress(console, System.console() != null);
            Path folder = new Comparison(settings, jobs, build, console, live == null ? progress : RunListener.all(List.of(progress, live)))
                    .run(seed, seedOracle, quick, out != null ? out : home.resolve("reports"), command);
            Report report = Report.read(folder);
            if (live != null) {
                live.finished(folder, report.passed());
            }
            ConsoleSummary.print(console, report, folder);
            return report.passed() ? 0 : JobCli.EXIT_FAILED;
        }
    }

    /** The version of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"streamcompare " + BuildInfo.load().version()};
        }
    }
}
