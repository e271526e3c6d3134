package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaultResultTest {

    private static final Identity STATEFUL_FLINK = Identity.of(Job.STATEFUL, Engine.FLINK);

    private static FaultResult fault(boolean expectExact, long lost, long doubled, String failure) {
        return new FaultResult("kill and recover", STATEFUL_FLINK, expectExact, new FaultResult.Counts(1000, 1000 - lost + doubled,
                lost, doubled), new FaultResult.Recovery(List.of(1000L), List.of(4000L), 2048L), "", failure, List.of("logs/a.log"));
    }

    @Test
    void onReplayableInputOnlyExactCountsPass() {
        assertThat(fault(true, 0, 0, null).passed()).isTrue();
        assertThat(fault(true, 1, 0, null).passed()).as("one word lost").isFalse();
        assertThat(fault(true, 0, 1, null).passed()).as("one word counted twice").isFalse();
    }

    @Test
    void onInputThatCannotBeReplayedWhatIsLostIsReportedNotFailed() {
        assertThat(fault(false, 80_000, 12, null).passed()).isTrue();
    }

    @Test
    void aFailureOfTheRunFailsItWhateverItCounted() {
        assertThat(fault(true, 0, 0, "exited with 1").passed()).isFalse();
        assertThat(fault(false, 0, 0, "exited with 1").passed()).isFalse();
    }

    @Test
    void aFaultTheEngineCannotTakeIsNotRunAndDoesNotFail() {
        FaultResult result = FaultResult.notRun("producer failure", Identity.of(Job.SOCKET, Engine.SPARK_STRUCTURED),
                "not run: its socket source connects once");

        assertThat(result.ran()).isFalse();
        assertThat(result.passed()).isTrue();
        assertThat(result.outcome()).isEqualTo("not run: its socket source connects once");
        assertThat(result.counts()).isEqualTo(new FaultResult.Counts(0, 0, 0, 0));
        assertThat(result.recovery()).isEqualTo(new FaultResult.Recovery(List.of(), List.of(), null));
        assertThat(result.logs()).isEmpty();
    }

    @Test
    void aFaultRunTheHarnessCouldNotCarryThroughRanAndFailed() {
        FaultResult result = FaultResult.failed("file written in place", Identity.of(Job.FILE, Engine.FLINK), "the harness failed: x");

        assertThat(result.ran()).isTrue();
        assertThat(result.passed()).isFalse();
        assertThat(result.failure()).isEqualTo("the harness failed: x");
        assertThat(result.outcome()).isEmpty();
    }
}
