package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.Setup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a comparison runs: which engines, variants, jobs and state backends, whether the plain-Java
 * baseline and the peer run beside them, and how many times each.
 *
 * @param states   the state backends asked for with {@code --state} (empty: each engine's default, unnamed)
 * @param distinct {@code --distinct N}: the distinct words of the generated input, whose stateful runs publish their
 *                 changes each batch ({@link Setup#changes}); 0: the seed text
 */
public record Selection(List<Engine> engines, List<Variant> variants, List<Job> jobs, List<StateBackend> states, int distinct,
                        boolean baseline, boolean peer, int runs) {

    public Selection {
        states = List.copyOf(states);
    }

    /**
     * The runs of {@code job} on {@code engine}: each variant asked for that the engine has (the
     * batch job: faithful only) on each of {@link #states}; with RocksDB asked for, Structured
     * Streaming's stateful jobs also run the {@code transformWithState} port, which needs it. With
     * {@code --distinct}, the stateful runs publish their changes.
     */
    public List<Setup> setups(Engine engine, Job job) {
        return setups(engine, job, job == Job.BATCH ? List.of(Variant.FAITHFUL) : engine.variants(variants));
    }

    /** The runs of the fault scenarios: the faithful variant on each backend, and the {@code transformWithState} port. */
    public List<Setup> faultSetups(Engine engine, Job job) {
        return setups(engine, job, List.of(Variant.FAITHFUL));
    }

    private List<Setup> setups(Engine engine, Job job, List<Variant> asked) {
        List<Setup> setups = new ArrayList<>();
        for (Variant variant : asked) {
            for (StateBackend state : states(engine, job)) {
                setups.add(new Setup(variant, state, distinct > 0 && job.stateful()));
            }
        }
        if (job.stateful() && engine == Engine.SPARK_STRUCTURED && states.contains(StateBackend.ROCKSDB)) {
            setups.add(new Setup(Variant.TRANSFORM_WITH_STATE, null, distinct > 0));
        }
        return setups;
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
