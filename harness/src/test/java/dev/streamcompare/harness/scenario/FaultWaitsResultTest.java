package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fault run's words lost and doubled, worked out by hand. */
class FaultWaitsResultTest {

    private static final Identity STATEFUL_FLINK = Identity.of(Job.STATEFUL, Engine.FLINK);

    @Test
    void aMissingOccurrenceIsLostAndAnExtraOrUnexpectedOneIsDoubled() {
        // a: 3 expected, 2 counted → 1 lost; b: 2 expected, 4 counted → 2 doubled; c: not expected, 1 counted → 1 doubled.
        assertThat(FaultWaits.counts(Map.of("a", 3L, "b", 2L), Map.of("a", 2L, "b", 4L, "c", 1L)))
                .isEqualTo(FaultResult.Counts.of(5, 7, 1, 3));
    }

    @Test
    void aWordNeverCountedIsLostWhole() {
        assertThat(FaultWaits.counts(Map.of("a", 3L, "b", 2L), Map.of("b", 2L))).isEqualTo(FaultResult.Counts.of(5, 2, 3, 0));
    }

    @Test
    void lossesAndDoublesDoNotCancelOut() {
        // As many words counted as expected, yet 2 lost (a) and 2 doubled (b).
        FaultResult.Counts counts = FaultWaits.counts(Map.of("a", 4L, "b", 1L), Map.of("a", 2L, "b", 3L));

        assertThat(counts).isEqualTo(FaultResult.Counts.of(5, 5, 2, 2));
    }

    @Test
    void theResultKeepsWhatItWasGivenAndLosesTheOutcomesLeadingSeparator() {
        FaultResult result = FaultWaits.result("kill and recover", STATEFUL_FLINK, true, Map.of("a", 1L), Map.of("a", 1L),
                FaultResult.Recovery.NONE, "; killed once", null, List.of("logs/run.log"));

        assertThat(result).isEqualTo(new FaultResult("kill and recover", STATEFUL_FLINK, true, FaultResult.Counts.of(1, 1, 0, 0),
                FaultResult.Recovery.NONE, "killed once", null, List.of("logs/run.log"), null));
    }
}
