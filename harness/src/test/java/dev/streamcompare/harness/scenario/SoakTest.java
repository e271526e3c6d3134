package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SoakVerdict;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakTest {

    /**
     * A 100 s run: the state grows for the first 20 s, then stays; RSS from 1000 MiB at the
     * steady point to 1000 + {@code rssGrowthMiB} at the end; {@code markersPerSecond} markers a
     * second, every marker's latency the same.
     */
    private static RunResult run(double rssGrowthMiB, long latencyMs) {
        return run(rssGrowthMiB, latencyMs, 4);
    }

    private static RunResult run(double rssGrowthMiB, long latencyMs, int markersPerSecond) {
        List<RunResult.Point> rss = new ArrayList<>();
        List<RunResult.Point> distinct = new ArrayList<>();
        List<RunResult.Point> latency = new ArrayList<>();
        for (int s = 1; s <= 100; s++) {
            rss.add(new RunResult.Point(s, s < 20 ? 500 + 25 * s : 1000 + rssGrowthMiB * (s - 20) / 80));
            distinct.add(new RunResult.Point(s, Math.min(s, 20) * 1000));
            for (int m = 0; m < markersPerSecond; m++) {
                latency.add(new RunResult.Point(s + (double) m / markersPerSecond, latencyMs));
            }
        }
        return new RunResult(Identity.of(Job.STATEFUL, Engine.FLINK), 1, new Verdict(true, null, 0, 1, 1, RunResult.Differences.NONE),
                Throughput.NONE, new Latency(null, null, 100, 100), new Resources(1000L, 1.0, 1L), 1, "log",
                new RunResult.Timeline(rss, distinct, latency));
    }

    @Test
    void passesWhenRssGrowsLittleOnceTheStateIsSteadyAndLatencyStaysLow() {
        SoakVerdict verdict = Soak.judge(run(50, 1500), 2000);
        assertThat(verdict.steadyFromSeconds()).isEqualTo(20);
        assertThat(verdict.rssGrowthPercent()).isBetween(3.0, 5.0);
        assertThat(verdict.passed()).as(verdict.reason()).isTrue();
    }

    @Test
    void growthWhileTheStateStillGrowsDoesNotCount() {
        // 500 → 1000 MiB in the first 20 s, while the state grows: not a leak.
        assertThat(Soak.judge(run(0, 1500), 2000).passed()).isTrue();
    }

    @Test
    void failsWhenRssKeepsGrowingAfterTheStateIsSteady() {
        SoakVerdict verdict = Soak.judge(run(200, 1500), 2000);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).startsWith("RSS grew 1");
    }

    @Test
    void failsWhenLatencyExceedsThreeBatchIntervals() {
        SoakVerdict verdict = Soak.judge(run(0, 6_500), 2000);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).isEqualTo("p99 latency 6500 ms > 6000 ms");
    }

    @Test
    void withTooFewMarkersForAP99TheMaxIsHeldToTheBound() {
        // One marker a second: 81 after the steady point at 20 s.
        SoakVerdict verdict = Soak.judge(run(0, 6_500, 1), 2000);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.latencyP99Ms()).isNull();
        assertThat(verdict.reason()).isEqualTo("max latency 6500 ms > 6000 ms (81 markers: no p99)");
        assertThat(Soak.judge(run(0, 1_500, 1), 2000).passed()).isTrue();
    }
}
