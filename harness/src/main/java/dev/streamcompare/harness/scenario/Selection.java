package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.util.Collections;
import java.util.List;

/**
 * What a comparison runs: which engines, variants, jobs and state backends, whether the plain-Java
 * baseline and the peer run beside them, and how many times each.
 *
 * @param states the state backends asked for with {@code --state} (empty: each engine's default, unnamed)
 */
public record Selection(List<Engine> engines, List<Variant> variants, List<Job> jobs, List<StateBackend> states, boolean baseline,
                        boolean peer, int runs) {

    public Selection {
        states = List.copyOf(states);
    }

    /**
     * The state backends {@code job} runs on with {@code engine}: for a stateful job with
     * {@code --state}, each backend asked for that the engine has (none: the engine sits this job
     * out); otherwise one run on the engine's default, unnamed ({@code null}).
     */
    public List<StateBackend> states(Engine engine, Job job) {
        if (!job.stateful() || states.isEmpty()) {
            return Collections.singletonList(null);
        }
        return engine.states().stream().filter(states::contains).toList();
    }
}
