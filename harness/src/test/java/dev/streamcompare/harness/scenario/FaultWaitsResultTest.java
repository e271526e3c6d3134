package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fault run's words lost and doubled, worked out by hand, and its verdict. */
class FaultWaitsResultTest {

    private static final Identity STATEFUL_FLINK = Identity.of(Job.STATEFUL, Engine.FLINK);

    private static FaultResult result(boolean expectExact, Map<String, Long> expected, Map<String, Long> counted, String failure) {
        return FaultWaits.result("kill and recover", STATEFUL_FLINK, expectExact, expected, counted, FaultResult.Recovery.NONE,
                "; killed once", failure, List.of("logs/run.log"));
    }

    @Test
    void aMissingOccurrenceIsLostAndAnExtraOrUnexpectedOneIsDoubled() {
        // a: 3 expected, 2 counted → 1 lost; b: 2 expected, 4 counted → 2 doubled; c: not expected, 1 counted → 1 doubled.
        FaultResult result = result(true, Map.of("a", 3L, "b", 2L), Map.of("a", 2L, "b", 4L, "c", 1L), null);

        assertThat(result.counts()).isEqualTo(new FaultResult.Counts(5, 7, 1, 3));
    }

    @Test
    void aWordNeverCountedIsLostWhole() {
        FaultResult result = result(true, Map.of("a", 3L, "b", 2L), Map.of("b", 2L), null);

        assertThat(result.counts()).isEqualTo(new FaultResult.Counts(5, 2, 3, 0));
    }

    @Test
    void lossesAndDoublesDoNotCancelOut() {
        // As many words counted as expected, yet 2 lost (a) and 2 doubled (b).
        FaultResult result = result(true, Map.of("a", 4L, "b", 1L), Map.of("a", 2L, "b", 3L), null);

        assertThat(result.counts()).isEqualTo(new FaultResult.Counts(5, 5, 2, 2));
        assertThat(result.passed()).isFalse();
    }

    @Test
    void anExactScenarioPassesOnlyWithExactCounts() {
        assertThat(result(true, Map.of("a", 3L, "b", 2L), Map.of("a", 3L, "b", 2L), null).passed()).isTrue();
        assertThat(result(true, Map.of("a", 3L, "b", 2L), Map.of("a", 2L, "b", 2L), null).passed()).as("one lost").isFalse();
        assertThat(result(true, Map.of("a", 3L, "b", 2L), Map.of("a", 3L, "b", 3L), null).passed()).as("one doubled").isFalse();
    }

    @Test
    void aScenarioThatCannotBeExactReportsLossesAndDoublesWithoutFailing() {
        FaultResult result = result(false, Map.of("a", 3L, "b", 2L), Map.of("a", 2L, "b", 4L, "c", 1L), null);

        assertThat(result.counts()).isEqualTo(new FaultResult.Counts(5, 7, 1, 3));
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aFailureOfTheRunFailsEitherKind() {
        assertThat(result(true, Map.of("a", 1L), Map.of("a", 1L), "exited with 1 after SIGTERM").passed()).isFalse();
        assertThat(result(false, Map.of("a", 1L), Map.of("a", 1L), "exited with 1 after SIGTERM").passed()).isFalse();
    }

    @Test
    void theOutcomeLosesItsLeadingSeparator() {
        FaultResult result = result(true, Map.of("a", 1L), Map.of("a", 1L), null);

        assertThat(result.outcome()).isEqualTo("killed once");
        assertThat(result.fault()).isEqualTo("kill and recover");
        assertThat(result.identity()).isEqualTo(STATEFUL_FLINK);
        assertThat(result.logs()).containsExactly("logs/run.log");
    }
}
