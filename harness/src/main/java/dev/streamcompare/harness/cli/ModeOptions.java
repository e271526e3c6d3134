package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.StreamOptions;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.scenario.FrontierSettings;
import dev.streamcompare.harness.scenario.Sustain;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the runs that replace the comparison or add to it: sustainable rate, faults, soak, scaling, profiling. */
final class ModeOptions {

    @Option(names = "--find-sustainable",
            description = "Also find, for each streaming job, engine and variant, the highest fixed rate at which latency stays "
                    + "within 3 batch intervals (doubling from --rate until the first probe that falls behind, then bisection "
                    + "to within 15 %%). Off by default: several minutes per job.")
    boolean findSustainable;

    @Option(names = "--sustain-seconds", paramLabel = "S",
            description = "Length of each --find-sustainable probe (default: 30; --frontier: 4, and at least ten batch intervals).")
    Integer sustainSeconds;

    @Option(names = "--sustain-probes", paramLabel = "N",
            description = "The most probes per job, engine and variant for --find-sustainable (default: 12; --frontier: 4 per "
                    + "interval, --quick 3); a search it stops early reports its rate as \"≥\".")
    Integer sustainProbes;

    @Option(names = "--frontier",
            description = "Latency against throughput instead of the comparison: for each socket or Kafka job (default: socket "
                    + "and stateful), engine and variant, and Flink's per-record stateful variant, at each --frontier-ms interval, "
                    + "the sustainable rate and the latency at 80 %% of it, plotted. --quick: 500, 200 and 100 ms, 3 probes, and the "
                    + "stateful job on Flink only (batches and per record); under 10 minutes.")
    boolean frontier;

    @Option(names = "--frontier-ms", split = ",", paramLabel = "MS,...",
            description = "The frontier's batch intervals, run longest first (default: 2000,1000,500,200,100; --quick: 500,200,100).")
    List<Long> frontierMs;

    @Option(names = "--faults",
            description = "Run the fault scenarios instead of the comparison: kill and recover (file and socket input), "
                    + "producer failure, file written in place; words lost and counted twice, per engine.")
    boolean faults;

    @Option(names = "--soak", paramLabel = "MINUTES",
            description = "Run each streaming job on each engine at --rate for MINUTES instead of the comparison, RSS and "
                    + "latency recorded over time; passes if RSS grows < 10 %% once the state is steady and p99 latency "
                    + "stays within 3 batch intervals. Pick a rate below the sustainable one (--find-sustainable).")
    Integer soakMinutes;

    @Option(names = "--scaling",
            description = "Run the streaming jobs' max-rate phase at input sizes of the seed × 1, × 10, × 50 (--quick: "
                    + "× 1, × 2, × 5) and at 2 up to all cores, instead of the comparison: throughput and CPU-seconds per "
                    + "million words against size, plotted.")
    boolean scaling;

    @Option(names = "--profile",
            description = "Record every streaming run with Java Flight Recorder (settings=profile) into profiles/<run>.jfr "
                    + "in the report folder; see docs/performance.md for reading them.")
    boolean profile;

    /**
     * The jobs to run: {@code asked}, else the mode's. --quick keeps to the seed's four jobs
     * (stateful-file adds a minute), --faults --quick to every fault run but the Kafka ones; the
     * Kafka jobs, which need a broker, are asked for by name. The frontier runs socket and stateful,
     * and refuses jobs it cannot pace.
     */
    List<Job> jobs(List<Job> asked, boolean quick) {
        if (frontier) {
            return FrontierSettings.jobs(asked != null ? asked : List.of(Job.SOCKET, Job.STATEFUL));
        }
        return asked != null ? asked : quick && !faults ? List.of(Job.BATCH, Job.FILE, Job.SOCKET, Job.STATEFUL) : Job.defaults();
    }

    /** The sustainable-rate search, and the frontier's when asked for. */
    Sustain sustain(boolean quick) {
        return new Sustain(findSustainable, sustainSeconds != null ? sustainSeconds : 30, sustainProbes != null ? sustainProbes : 12,
                frontier ? FrontierSettings.of(quick, frontierMs, sustainSeconds, sustainProbes) : null);
    }

    /** Refuses runs of their own given together, and options out of range. */
    void validate() {
        if ((sustainSeconds != null && sustainSeconds < 1) || (sustainProbes != null && sustainProbes < 1)) {
            throw new BadInputException("--sustain-seconds and --sustain-probes must be at least 1");
        }
        if (soakMinutes != null && soakMinutes < 1) {
            throw new BadInputException("--soak must be at least 1 minute, got " + soakMinutes);
        }
        if ((soakMinutes != null ? 1 : 0) + (faults ? 1 : 0) + (scaling ? 1 : 0) + (frontier ? 1 : 0) > 1) {
            throw new BadInputException("--soak, --faults, --scaling and --frontier are runs of their own: give one of them");
        }
        if (frontier && (findSustainable || soakMinutes != null)) {
            throw new BadInputException("--frontier is a run of its own: it finds a sustainable rate per interval itself");
        }
        if (frontierMs != null && (!frontier || frontierMs.isEmpty()
                || frontierMs.stream().anyMatch(ms -> ms < StreamOptions.MIN_BATCH_MILLIS))) {
            throw new BadInputException("--frontier-ms goes with --frontier, each interval at least " + StreamOptions.MIN_BATCH_MILLIS
                    + " ms");
        }
    }
}
