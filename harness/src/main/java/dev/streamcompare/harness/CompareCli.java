package dev.streamcompare.harness;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.ProjectHome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        subcommands = {RunCommand.class, ServeCommand.class, DropCommand.class, ReferenceCommand.class,
            ConsumeCommand.class, SendCommand.class, ReportCommand.class})
public final class CompareCli implements Callable<Integer> {

    /**
     * The seed text 80 times, 21.4 M words: over 10 s of input at full speed for the fastest job
     * on this 2-core machine, and the whole comparison in about 4 minutes (the target is 6).
     */
    static final int DEFAULT_REPEAT = 80;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** How jobs are started: the packaged jars unless a test puts another launcher here. */
    JobLauncher launcher;

    @Option(names = "--quick", description = "A small input (the seed text twice), one run, a 4 s fixed-rate phase.")
    boolean quick;

    @Option(names = "--runs", defaultValue = "1", paramLabel = "N", description = "Runs of each job on each engine (default: ${DEFAULT-VALUE}; 3 for published figures).")
    int runs;

    @Option(names = "--repeat", paramLabel = "N", description = "The max-rate input: the seed text N times (default: " + DEFAULT_REPEAT + ").")
    Integer repeat;

    @Option(names = "--rate", defaultValue = "10000", paramLabel = "LINES_PER_S", description = "Fixed-rate phase: lines per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--fixed-seconds", paramLabel = "S", description = "Length of the fixed-rate phase (default: 10).")
    Integer fixedSeconds;

    @Option(names = "--engines", split = ",", paramLabel = "E,...", converter = LowerCaseEnums.EngineConverter.class,
            description = "Engines to compare (default: flink,spark,spark-structured).")
    List<Engine> engines = new ArrayList<>(List.of(Engine.values()));

    @Option(names = "--jobs", split = ",", paramLabel = "J,...", converter = LowerCaseEnums.JobConverter.class,
            description = "Jobs to run (default: batch,file,socket,stateful).")
    List<Job> jobs = new ArrayList<>(List.of(Job.values()));

    @Option(names = "--no-baseline", description = "Leave out the plain-Java consumer (no engine).")
    boolean noBaseline;

    @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE", description = "Heap of every child JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--cores", defaultValue = "2", paramLabel = "N", description = "Cores every engine may use (default: ${DEFAULT-VALUE}).")
    int cores;

    @Option(names = "--batch-seconds", defaultValue = "2", paramLabel = "S", description = "Batch interval of every streaming job (default: ${DEFAULT-VALUE}).")
    int batchSeconds;

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "S", description = "Bound of every wait, in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--find-sustainable",
            description = "Also find, for each streaming job and engine, the highest fixed rate at which latency stays "
                    + "within 3 batch intervals (doubling from --rate, then bisection). Off by default: several minutes per job.")
    boolean findSustainable;

    @Option(names = "--sustain-seconds", defaultValue = "30", paramLabel = "S",
            description = "Length of each --find-sustainable probe (default: ${DEFAULT-VALUE}).")
    int sustainSeconds;

    @Option(names = "--sustain-probes", defaultValue = "6", paramLabel = "N",
            description = "Probes per job and engine for --find-sustainable (default: ${DEFAULT-VALUE}).")
    int sustainProbes;

    @Option(names = "--input", paramLabel = "FILE", description = "The seed text (default: data/Ulysses.txt).")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", description = "Where report folders go (default: reports/).")
    Path out;

    @Option(names = {"-v", "--verbose"}, description = "Engine logs at INFO in the children's logs.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with one-line errors: exit 2 for input the user can fix, 1 for a failure. */
    public static CommandLine commandLine() {
        return commandLine(new CompareCli());
    }

    static CommandLine commandLine(CompareCli command) {
        CommandLine cli = new CommandLine(command);
        // Everything after `run <engine> <job>` belongs to the job, --help included.
        cli.getSubcommands().get("run").setStopAtPositional(true).setUnmatchedOptionsArePositionalParams(true);
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
            failed.getErr().println(name + ": failed: " + e);
            return JobCli.EXIT_FAILED;
        });
        return cli;
    }

    CompareSettings settings() {
        int repeatTimes = repeat != null ? repeat : quick ? 2 : DEFAULT_REPEAT;
        int fixed = fixedSeconds != null ? fixedSeconds : quick ? 4 : 10;
        int runCount = quick ? 1 : runs;
        if (runCount < 1 || repeatTimes < 1 || rate < 1 || fixed < 1 || cores < 1 || batchSeconds < 1 || timeoutSeconds < 1
                || sustainSeconds < 1 || sustainProbes < 1) {
            throw new BadInputException("--runs, --repeat, --rate, --fixed-seconds, --cores, --batch-seconds, --timeout, "
                    + "--sustain-seconds and --sustain-probes must be at least 1");
        }
        if (engines.isEmpty() || jobs.isEmpty()) {
            throw new BadInputException("--engines and --jobs must name at least one");
        }
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new BadInputException("--heap must be a JVM size such as 2g or 512m, got '" + heap + "'");
        }
        return new CompareSettings(List.copyOf(engines), List.copyOf(jobs), !noBaseline, runCount, repeatTimes, rate, fixed,
                250, heap, cores, batchSeconds, Duration.ofSeconds(timeoutSeconds), 20, findSustainable, sustainSeconds, sustainProbes);
    }

    @Override
    public Integer call() throws Exception {
        CompareSettings settings = settings();
        Path home = ProjectHome.locate();
        Path seed = input != null ? input : home.resolve("data/Ulysses.txt");
        if (!Files.isRegularFile(seed)) {
            throw new BadInputException("input file not found: " + seed + (input == null ? " (run data/get-ulysses.sh)" : ""));
        }
        BuildInfo build = BuildInfo.load();
        PrintWriter console = spec.commandLine().getOut();
        Comparison comparison = new Comparison(settings, launcher != null ? launcher : JobLauncher.packaged(home, build, verbose), build, console,
                System.console() != null);
        Path folder = comparison.run(seed, out != null ? out : home.resolve("reports"),
                "./compare.sh " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        Report report = Report.read(folder);
        console.println();
        console.print(ReportWriter.summaryTable(Summary.of(report.runs())));
        console.println();
        console.println((report.allCorrect() ? "Every run correct. " : "SOME RUNS ARE WRONG OR FAILED. ") + "Report: "
                + folder.resolve("report.html"));
        console.flush();
        return report.allCorrect() ? 0 : JobCli.EXIT_FAILED;
    }

    /** The version of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"streamcompare " + BuildInfo.load().version()};
        }
    }
}
