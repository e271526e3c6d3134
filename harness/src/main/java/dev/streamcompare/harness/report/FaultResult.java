package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * What one fault run found, as report.json records it: each group's fields in line, in this order.
 *
 * @param fault       which fault: {@code kill and recover}, {@code producer failure}, {@code file written in place}
 * @param identity    the job and engine it was done to
 * @param expectExact whether the input can be replayed, so that exact counts are the pass mark
 * @param counts      words expected and counted, lost and counted twice
 * @param recovery    when it was killed, how long it took to publish again, how big its checkpoint was
 * @param outcome     what happened, in words ({@code not run: …} for a fault the engine cannot take); may be empty
 * @param failure     why the harness could not carry the run through, or null
 * @param logs        the children's logs, relative to the report folder
 */
public record FaultResult(String fault, @JsonUnwrapped Identity identity, boolean expectExact, @JsonUnwrapped Counts counts,
                          @JsonUnwrapped Recovery recovery, String outcome, String failure, List<String> logs) {

    /** Lost and doubled are word occurrences, summed over words. */
    public record Counts(long wordsExpected, long wordsCounted, long lost, long doubled) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    /**
     * @param killedAfterCheckpointMillis per kill: milliseconds since the checkpoint before it completed
     * @param recoveryMillis              per kill: kill → first batch published again
     * @param checkpointBytes             the checkpoint folder's size at the end, or null
     */
    public record Recovery(List<Long> killedAfterCheckpointMillis, List<Long> recoveryMillis, Long checkpointBytes) {
        public static final Recovery NONE = new Recovery(List.of(), List.of(), null);
    }

    private static final String NOT_RUN = "not run";

    /** A fault the engine cannot take, by design: reported with {@code why} (starting {@code not run: }), not failed. */
    public static FaultResult notRun(String fault, Identity identity, String why) {
        return new FaultResult(fault, identity, false, Counts.NONE, Recovery.NONE, why, null, List.of());
    }

    /** A fault run the harness could not carry through: {@code why}. */
    public static FaultResult failed(String fault, Identity identity, String why) {
        return new FaultResult(fault, identity, false, Counts.NONE, Recovery.NONE, "", why, List.of());
    }

    /** Whether the run went as it must: exact counts where the input can be replayed, else no failure of the harness. */
    public boolean passed() {
        return failure == null && (!expectExact || counts.lost() == 0 && counts.doubled() == 0);
    }

    /** Whether the fault was done at all (not one the engine cannot take by design). */
    public boolean ran() {
        return !outcome.startsWith(NOT_RUN);
    }
}
