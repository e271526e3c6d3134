package dev.streamcompare.harness.scenario;

import java.io.IOException;

/**
 * What {@code ./compare.sh} is asked to run: the comparison, the fault runs, the soak or the
 * scaling runs. Each is built from the same pieces (the settings, a {@code JobRunner} and its run
 * context, the listener of the runs' events) and adds what it found to the report's findings.
 */
@FunctionalInterface
interface Scenario {

    void run(ScenarioContext context, FindingsBuilder findings) throws IOException, InterruptedException;

    /** The scenario of {@code mode}. */
    static Scenario of(Mode mode) {
        return switch (mode) {
            case COMPARE -> new ThroughputComparison();
            case FAULTS -> (context, findings) -> findings.faults(new FaultRuns(context).all());
            case SOAK -> (context, findings) -> findings.soak(Soak.runAll(context));
            case SCALING -> (context, findings) -> findings.scaling(Scaling.run(context));
            case FRONTIER -> (context, findings) -> findings.frontier(Frontier.run(context));
        };
    }
}
