package dev.streamcompare.harness.cli;

import picocli.CommandLine.Option;

/** The options of the runs that replace the comparison or add to it: sustainable rate, faults, soak, scaling, profiling. */
final class ModeOptions {

    @Option(names = "--find-sustainable",
            description = "Also find, for each streaming job, engine and variant, the highest fixed rate at which latency stays "
                    + "within 3 batch intervals (doubling from --rate until the first probe that falls behind, then bisection "
                    + "to within 15 %%). Off by default: several minutes per job.")
    boolean findSustainable;

    @Option(names = "--sustain-seconds", defaultValue = "30", paramLabel = "S",
            description = "Length of each --find-sustainable probe (default: ${DEFAULT-VALUE}).")
    int sustainSeconds;

    @Option(names = "--sustain-probes", defaultValue = "12", paramLabel = "N",
            description = "The most probes per job, engine and variant for --find-sustainable (default: ${DEFAULT-VALUE}); "
                    + "a search it stops early reports its rate as \"≥\".")
    int sustainProbes;

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
}
