package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a report as a whole passes: the verdict behind the exit code and the report's first line. */
class ReportTest {

    private static final Identity SOCKET_FLINK = Identity.of(Job.SOCKET, Engine.FLINK);

    private static RunResult run(boolean correct) {
        return new RunResult(SOCKET_FLINK, 1, new Verdict(correct, null, 0, 10, correct ? 10 : 9, RunResult.Differences.NONE),
                Throughput.NONE, Latency.NONE, Resources.NONE, 0, "log", null);
    }

    private static FaultResult fault(long lost) {
        return new FaultResult("kill and recover", Identity.of(Job.STATEFUL_FILE, Engine.FLINK), true,
                FaultResult.Counts.of(10, 10 - lost, lost, 0), FaultResult.Recovery.NONE, "", null, List.of(), null);
    }

    private static SoakResult soak(boolean passed) {
        return new SoakResult(SOCKET_FLINK, 1, 2000, run(true), new SoakVerdict(15, 400, 401, 0.25, 1500.0, passed, ""));
    }

    private static ScalingPoint scaling(boolean correct) {
        return new ScalingPoint(SOCKET_FLINK, 1, 1000, 2, correct, correct ? 1e6 : null, null);
    }

    private static Report report(List<RunResult> runs, List<FaultResult> faults, List<SoakResult> soak, List<ScalingPoint> scaling,
                                 PeerResult peer) {
        return new Report("2026-12-03T05:00:00Z", "./compare.sh", new Report.Setup(null, Map.of(), Map.of(), null, Map.of()),
                new Report.Findings(runs, List.of(), faults, soak, null, scaling, peer));
    }

    @Test
    void aReportOfNothingDoesNotPass() {
        assertThat(report(List.of(), List.of(), List.of(), List.of(), null).passed()).isFalse();
        assertThat(report(List.of(), null, null, null, null).passed()).as("a report from before faults, soak and scaling").isFalse();
    }

    @Test
    void everyRunCorrectPasses() {
        assertThat(report(List.of(run(true), run(true)), List.of(), List.of(), List.of(), null).passed()).isTrue();
        assertThat(report(List.of(run(true)), null, null, null, null).passed()).isTrue();
    }

    @Test
    void oneWrongRunFailsTheReport() {
        assertThat(report(List.of(run(true), run(false)), List.of(), List.of(), List.of(), null).passed()).isFalse();
    }

    @Test
    void faultsSoakAndScalingPassOnTheirOwnVerdicts() {
        assertThat(report(List.of(), List.of(fault(0)), List.of(), List.of(), null).passed()).isTrue();
        assertThat(report(List.of(), List.of(fault(0), fault(3)), List.of(), List.of(), null).passed()).isFalse();
        assertThat(report(List.of(), List.of(), List.of(soak(true)), List.of(), null).passed()).isTrue();
        assertThat(report(List.of(), List.of(), List.of(soak(true), soak(false)), List.of(), null).passed()).isFalse();
        assertThat(report(List.of(), List.of(), List.of(), List.of(scaling(true)), null).passed()).isTrue();
        assertThat(report(List.of(), List.of(), List.of(), List.of(scaling(true), scaling(false)), null).passed()).isFalse();
    }

    @Test
    void aPeerThatFailedToRunFailsTheReport() {
        PeerResult crashed = PeerResult.failed("peer", "org.example.Peer", 5, "exited (1)", 100, 10);

        assertThat(report(List.of(run(true)), List.of(), List.of(), List.of(), crashed).passed()).isFalse();
    }
}
