package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict of a fault run, from its fields alone. */
class FaultResultTest {

    private static final Identity STATEFUL_FLINK = Identity.of(Job.STATEFUL, Engine.FLINK);
    private static final FaultResult.Kill WHILE_ARRIVING = new FaultResult.Kill(30, 24, null, 5);

    private static FaultResult exact(long lost, long doubled, String failure) {
        return new FaultResult("kill and recover", Identity.of(Job.STATEFUL_FILE, Engine.FLINK), true,
                FaultResult.Counts.of(1000, 1000 - lost + doubled, lost, doubled),
                new FaultResult.Recovery(List.of(1000L), List.of(4000L), 2048L, 48, List.of(WHILE_ARRIVING)), "", failure,
                List.of("logs/a.log"), null);
    }

    private static FaultResult socket(long lost, Long bound, int piecesBeyond) {
        return new FaultResult("kill and recover", STATEFUL_FLINK, false,
                new FaultResult.Counts(1000, 1000 - lost, lost, 0, bound, piecesBeyond, piecesBeyond),
                new FaultResult.Recovery(List.of(1000L), List.of(4000L), 2048L, 48, List.of(new FaultResult.Kill(30, 24, bound, null))),
                "", null, List.of("logs/a.log"), null);
    }

    private static FaultResult withKill(FaultResult.Kill kill) {
        FaultResult r = exact(0, 0, null);
        return new FaultResult(r.fault(), r.identity(), true, r.counts(), new FaultResult.Recovery(List.of(1000L), List.of(4000L),
                2048L, 48, List.of(kill)), "", null, r.logs(), null);
    }

    @Test
    void onReplayableInputOnlyExactCountsPass() {
        assertThat(exact(0, 0, null).status()).isEqualTo(FaultResult.Status.PASS);
        assertThat(exact(1, 0, null).problems()).containsExactly("1 words lost");
        assertThat(exact(0, 1, null).problems()).containsExactly("1 words counted twice");
        assertThat(exact(1, 0, null).passed()).isFalse();
    }

    @Test
    void onSocketInputALossWithinItsBoundPassesAndOneBeyondItFails() {
        assertThat(socket(800, 800L, 0).status()).isEqualTo(FaultResult.Status.PASS);
        assertThat(socket(801, 800L, 0).problems()).containsExactly("801 words lost, more than the 800 the checkpoints allow");
        assertThat(socket(100, 800L, 1).problems()).containsExactly("1 pieces lost outside what the checkpoints allow");
    }

    @Test
    void aScenarioThatCannotBeExactNeverPassesWithoutABound() {
        FaultResult allLost = socket(1000, null, 0);

        assertThat(allLost.status()).isEqualTo(FaultResult.Status.FAIL);
        assertThat(allLost.problems()).containsExactly("no bound on what may be lost");
    }

    @Test
    void aKillAfterAllTheInputHadArrivedFails() {
        assertThat(withKill(new FaultResult.Kill(0, 0, null, 5)).problems()).containsExactly("kill 1 fell after all the input had arrived");
        assertThat(withKill(new FaultResult.Kill(3, 0, null, 5)).problems())
                .containsExactly("after kill 1 all the input had arrived before the job published again");
        assertThat(withKill(new FaultResult.Kill(30, 24, null, 0)).problems())
                .containsExactly("no input was removed (a file emptied, or a topic's records deleted) before kill 1: a restart that ignored its checkpoint would pass");
    }

    @Test
    void killsWhoseInputWasNotRecordedFail() {
        FaultResult r = exact(0, 0, null);
        FaultResult unrecorded = new FaultResult(r.fault(), r.identity(), true, r.counts(), new FaultResult.Recovery(List.of(1000L),
                List.of(4000L), 2048L, null, null), "", null, r.logs(), null);

        assertThat(unrecorded.problems()).containsExactly("the input still to come at each kill was not recorded");
    }

    @Test
    void aFailureOfTheRunFailsItWhateverItCounted() {
        FaultResult killedAtTheEnd = exact(0, 0, "did not stop within the grace period after SIGTERM: killed");

        assertThat(killedAtTheEnd.status()).isEqualTo(FaultResult.Status.FAIL);
        assertThat(killedAtTheEnd.passed()).isFalse();
    }

    @Test
    void aJobThatEndedOnItsOwnIsAFindingAndNeverAPass() {
        FaultResult finding = exact(0, 0, null).withFinding("the job ended on its own, exit 1");

        assertThat(finding.status()).isEqualTo(FaultResult.Status.FINDING);
        assertThat(finding.passed()).isFalse();
        assertThat(exact(3, 0, null).withFinding("ended").status()).as("wrong counts fail, finding or not").isEqualTo(FaultResult.Status.FAIL);
    }

    @Test
    void aFaultTheEngineCannotTakeIsNotRunAndDoesNotFail() {
        FaultResult result = FaultResult.notRun("producer failure", Identity.of(Job.SOCKET, Engine.SPARK_STRUCTURED),
                "not run: its socket source connects once");

        assertThat(result.ran()).isFalse();
        assertThat(result.status()).isEqualTo(FaultResult.Status.NOT_RUN);
        assertThat(result.passed()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.outcome()).isEqualTo("not run: its socket source connects once");
        assertThat(result.counts()).isEqualTo(FaultResult.Counts.of(0, 0, 0, 0));
        assertThat(result.recovery()).isEqualTo(FaultResult.Recovery.NONE);
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
