package dev.streamcompare.harness.run;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.output.BatchWatcher;

/**
 * One way a job runs on an engine: its variant, its state backend ({@code --state}; null: the
 * engine's default, unnamed), and whether a stateful job publishes the words that changed in each
 * batch rather than its whole state ({@code --changes}, which the large-state runs of
 * {@code --distinct} use).
 */
public record Setup(Variant variant, StateBackend state, boolean changes) {

    /** {@code variant} on the engine's default backend, publishing as the seed does. */
    public static Setup of(Variant variant) {
        return new Setup(variant, null, false);
    }

    /** How a job's batch files make its totals in this setup: {@code --changes} and the variants that publish changes are upserted. */
    public BatchWatcher.Totals totals(boolean stateful) {
        return changes && stateful ? BatchWatcher.Totals.UPSERTED : BatchWatcher.Totals.of(stateful, variant);
    }

    /** {@code variant} on {@code state}, publishing as the seed does. */
    public static Setup of(Variant variant, StateBackend state) {
        return new Setup(variant, state, false);
    }
}
