package dev.streamcompare.harness.run;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import java.util.List;

/**
 * What one streaming run does: which job, on which engine and variant, its phases in order, and
 * whether RSS and state are recorded over time (soak runs).
 *
 * @param name     the run's name: its folder, its log, its profile
 * @param job      a streaming job
 * @param engine   the engine
 * @param setup    its variant, state backend and whether it publishes changes
 * @param run      1..N
 * @param phases   what the run sends, in order
 * @param timeline record RSS, distinct words and each marker's latency over time
 */
public record StreamingPlan(String name, Job job, Engine engine, Setup setup, int run, List<Phase> phases, boolean timeline) {

    public StreamingPlan {
        phases = List.copyOf(phases);
    }

    /** The job's variant. */
    public Variant variant() {
        return setup.variant();
    }

    /** The state backend of a stateful job ({@code --state}), or null for the engine's default. */
    public StateBackend state() {
        return setup.state();
    }

    /** How the job's batch files make its totals: the per-record and transformWithState variants and {@code --changes} publish changes. */
    public BatchWatcher.Totals totals() {
        return setup.totals(job.stateful());
    }

    /** The identity of the run's result. */
    public Identity identity() {
        return Identity.of(job, engine, setup.variant(), setup.state());
    }
}
