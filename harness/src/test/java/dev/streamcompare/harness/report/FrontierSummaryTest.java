package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierSummaryTest {

    private static final Identity FLINK = Identity.of(Job.STATEFUL, Engine.FLINK, Variant.FAITHFUL);
    private static final Identity SPARK = Identity.of(Job.STATEFUL, Engine.SPARK, Variant.FAITHFUL);

    /** A point at {@code interval} whose latency stretch ran at {@code rate} lines/s with that p99. */
    private static FrontierPoint point(Identity identity, long interval, Integer rate, Double p99, boolean correct) {
        return point(identity, interval, rate, p99, correct, true);
    }

    private static FrontierPoint point(Identity identity, long interval, Integer rate, Double p99, boolean correct, boolean keptUp) {
        Latency latency = p99 == null ? Latency.NONE
                : new Latency(new Stats.Percentiles(p99 / 2, p99, p99, p99, 120), null, 120, 120);
        return new FrontierPoint(identity, interval, null, null, rate, latency, keptUp, correct, correct ? null : "wrong counts");
    }

    @Test
    void theLowestP99IsTakenAmongPointsMeasuredAtTheStatedRateOrMore() {
        List<FrontierSummary> summaries = FrontierSummary.of(List.of(
                point(FLINK, 1000, 40_000, 1200.0, true),
                point(FLINK, 200, 30_000, 480.0, true),
                point(FLINK, 100, 9_000, 150.0, true),     // lower, but below 10,000 lines/s
                point(FLINK, 50, 20_000, 90.0, false),     // lower, but a wrong run
                point(FLINK, 20, 20_000, 60.0, true, false))); // lower, but its latency phase fell behind

        FrontierSummary flink = summaries.get(0);
        assertThat(flink.lowestP99().intervalMs()).isEqualTo(200);
        assertThat(flink.lowestP99().p99Ms()).isEqualTo(480.0);
    }

    @Test
    void theHighestRateIsTakenAmongPointsWithP99WithinASecond() {
        List<FrontierSummary> summaries = FrontierSummary.of(List.of(
                point(SPARK, 2000, 90_000, 4100.0, true),  // faster, but 4 s
                point(SPARK, 500, 50_000, 990.0, true),
                point(SPARK, 200, 20_000, 600.0, true),
                point(SPARK, 100, null, null, true)));     // nothing sustained

        FrontierSummary spark = summaries.get(0);
        assertThat(spark.highestRate().latencyLinesPerSecond()).isEqualTo(50_000);
        assertThat(spark.highestRate().intervalMs()).isEqualTo(500);
        assertThat(spark.lowestP99().intervalMs()).isEqualTo(200);
    }

    @Test
    void aLineWithoutAQualifyingPointHasNoFiguresAndEachLineIsSummedUpApart() {
        List<FrontierSummary> summaries = FrontierSummary.of(List.of(
                point(FLINK, 1000, 5_000, 1500.0, true),
                point(SPARK, 1000, 40_000, 800.0, true)));

        assertThat(summaries).extracting(s -> s.identity().engine()).containsExactly("flink", "spark");
        assertThat(summaries.get(0).lowestP99()).isNull();
        assertThat(summaries.get(0).highestRate()).isNull();
        assertThat(summaries.get(1).highestRate().latencyLinesPerSecond()).isEqualTo(40_000);
    }
}
