package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's factories: what a result holds when it is built from a failure or from a run. */
class FactoriesTest {

    private static final Identity SOCKET_FLINK_TUNED = Identity.of(Job.SOCKET, Engine.FLINK, Variant.TUNED);

    private static RunResult run(boolean correct, Double wordsPerSecond, Double cpuSeconds) {
        return new RunResult(SOCKET_FLINK_TUNED, 1, new Verdict(correct, null, 0, 10, 10, RunResult.Differences.NONE),
                new Throughput(wordsPerSecond, new RunResult.Phase(2_000_000, 2.0, 1)), Latency.NONE,
                new Resources(2000L, cpuSeconds, 1L), 0, "log", null);
    }

    @Test
    void aRunThatCouldNotBeMadeIsWrongWithItsReasonAndNoFigures() {
        RunResult run = RunResult.failed(SOCKET_FLINK_TUNED, 2, "the harness failed: boom");

        assertThat(run.correct()).isFalse();
        assertThat(run.failure()).isEqualTo("the harness failed: boom");
        assertThat(run.run()).isEqualTo(2);
        assertThat(run.verdict()).isEqualTo(new Verdict(false, "the harness failed: boom", null, 0, 0, RunResult.Differences.NONE));
        assertThat(run.throughput().wordsPerSecond()).isNull();
        assertThat(run.latency().endToEndMs()).isNull();
        assertThat(run.resources().cpuSeconds()).isNull();
        assertThat(run.timeline()).isNull();
    }

    @Test
    void aPeerThatCouldNotRunFailedWithTheReferenceFiguresOnly() {
        PeerResult peer = PeerResult.failed("Flink example", "org.example.Main", 5, "never connected", 21_436_080, 30_000);

        assertThat(peer.failed()).isTrue();
        assertThat(peer.outcome().failure()).isEqualTo("never connected");
        assertThat(peer.program()).isEqualTo(new PeerResult.Program("Flink example", "org.example.Main", Job.SOCKET));
        assertThat(peer.timing().windowSeconds()).isEqualTo(5);
        assertThat(peer.timing().wordsPerSecond()).isNull();
        assertThat(peer.reference().wordsReference()).isEqualTo(21_436_080);
        assertThat(peer.reference().distinctReference()).isEqualTo(30_000);
        assertThat(peer.reference().wordsCounted()).isZero();
        assertThat(peer.reference().distinctDiffering()).isZero();
    }

    @Test
    void aScalingPointCostsTheRunsCpuPerMillionWordsOfTheInput() {
        ScalingPoint point = ScalingPoint.of(SOCKET_FLINK_TUNED, 10, 2_000_000, 2, run(true, 1.5e6, 5.0));

        assertThat(point).isEqualTo(new ScalingPoint(SOCKET_FLINK_TUNED, 10, 2_000_000, 2, true, 1.5e6, 2.5));
    }

    @Test
    void aWrongRunGivesAScalingPointNoThroughput() {
        ScalingPoint point = ScalingPoint.of(SOCKET_FLINK_TUNED, 10, 2_000_000, 2, run(false, 9e6, 5.0));

        assertThat(point.correct()).isFalse();
        assertThat(point.wordsPerSecond()).isNull();
        assertThat(point.cpuSecondsPerMillionWords()).as("what it cost is still what it cost").isEqualTo(2.5);
        assertThat(ScalingPoint.of(SOCKET_FLINK_TUNED, 10, 2_000_000, 2, run(true, 1e6, null)).cpuSecondsPerMillionWords()).isNull();
    }

    @Test
    void theSustainableRateIsTheBestProbesInLinesAndWords() {
        SustainableProbe low = new SustainableProbe(10_000, true, 1300.0, 1400.0, "");
        SustainableProbe best = new SustainableProbe(20_000, true, 1500.0, 1600.0, "");
        SustainableProbe high = new SustainableProbe(40_000, false, 9000.0, 12_000.0, "latency max 12000 ms > 6000 ms");
        Identity identity = Identity.of(Job.SOCKET, Engine.FLINK);

        SustainableResult result = SustainableResult.of(identity,
                new SustainableResult.Search(List.of(low, best, high), best, 40_000, false), 8.25, 30);

        assertThat(result).isEqualTo(new SustainableResult(identity, 20_000, 165_000.0, 1500.0, 30, List.of(low, best, high),
                40_000, false));
        assertThat(result.ceilingReached()).isTrue();
    }

    @Test
    void aSearchStoppedByTheProbeLimitHasNotReachedTheCeiling() {
        SustainableProbe low = new SustainableProbe(10_000, true, 1300.0, 1400.0, "");
        SustainableProbe best = new SustainableProbe(20_000, true, 1500.0, 1600.0, "");

        SustainableResult result = SustainableResult.of(Identity.of(Job.SOCKET, Engine.FLINK),
                new SustainableResult.Search(List.of(low, best), best, null, true), 8.25, 30);

        assertThat(result.linesPerSecond()).isEqualTo(20_000);
        assertThat(result.probeLimitReached()).isTrue();
        assertThat(result.ceilingReached()).isFalse();
    }

    @Test
    void withoutASustainedProbeThereIsNoRate() {
        SustainableProbe failed = new SustainableProbe(10_000, false, null, null, "exited with 1");
        Identity identity = Identity.of(Job.SOCKET, Engine.SPARK);

        assertThat(SustainableResult.of(identity, new SustainableResult.Search(List.of(failed), null, 10_000, true), 8.25, 30))
                .isEqualTo(new SustainableResult(identity, null, null, null, 30, List.of(failed), 10_000, true));
    }

    @Test
    void aSoakRunThatCannotBeJudgedDoesNotPass() {
        assertThat(SoakVerdict.unjudged("too short to judge")).isEqualTo(new SoakVerdict(0, 0, 0, 0, null, false, "too short to judge"));
    }
}
