package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.streamcompare.common.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final Identity SOCKET_FLINK = Identity.of(Job.SOCKET, Engine.FLINK);

    private static RunResult run(Identity identity, boolean correct, Double wordsPerSecond) {
        return run(identity, correct, wordsPerSecond, Latency.NONE, Resources.NONE, null);
    }

    private static RunResult run(Identity identity, boolean correct, Double wordsPerSecond, Latency latency, Resources resources,
                                 RunResult.Phase phase) {
        return new RunResult(identity, 1, new Verdict(correct, correct ? null : "wrong counts", 0, 10, correct ? 10 : 12,
                RunResult.Differences.NONE), new Throughput(wordsPerSecond, phase), latency, resources, 0.5, "log", null);
    }

    private static Stats.Percentiles percentiles(double p50, double p95, double p99, double max) {
        return new Stats.Percentiles(p50, p95, p99, max, 400);
    }

    private static Latency latency(Stats.Percentiles endToEnd, int found, int batches, Stats.Percentiles linesLag) {
        return new Latency(endToEnd, percentiles(10, 20, 30, 40), 400, found, batches, new Latency.SenderLag(null, linesLag));
    }

    @Test
    void throughputIsTheMedianOfTheCorrectRunsWithTheirLeastAndGreatest() {
        Summary row = Summary.of(List.of(run(SOCKET_FLINK, true, 1e6), run(SOCKET_FLINK, true, 3e6),
                run(SOCKET_FLINK, true, 2e6))).get(0);

        assertThat(row.runs()).isEqualTo(3);
        assertThat(row.correct()).isEqualTo(3);
        assertThat(row.throughput()).isEqualTo(new Summary.Range(2e6, 1e6, 3e6));
    }

    @Test
    void anEvenNumberOfRunsHasTheMeanOfTheMiddleTwoAsItsMedian() {
        Summary row = Summary.of(List.of(run(SOCKET_FLINK, true, 10e6), run(SOCKET_FLINK, true, 1e6),
                run(SOCKET_FLINK, true, 4e6), run(SOCKET_FLINK, true, 2e6))).get(0);

        assertThat(row.throughput()).isEqualTo(new Summary.Range(3e6, 1e6, 10e6));
    }

    @Test
    void aWrongRunCountsAsARunButNoneOfItsFiguresCount() {
        Resources cheap = new Resources(1000L, 10.0, 1L << 30);
        Resources dear = new Resources(9000L, 99.0, 8L << 30);
        Summary row = Summary.of(List.of(run(SOCKET_FLINK, true, 1e6, Latency.NONE, cheap, null),
                run(SOCKET_FLINK, false, 50e6, Latency.NONE, dear, null),
                run(SOCKET_FLINK, true, 2e6, Latency.NONE, cheap, null))).get(0);

        assertThat(row.runs()).isEqualTo(3);
        assertThat(row.correct()).isEqualTo(2);
        assertThat(row.throughput()).as("a run that double-counts finishes early").isEqualTo(new Summary.Range(1.5e6, 1e6, 2e6));
        assertThat(row.costs()).isEqualTo(new Summary.Costs(1000.0, 10.0, 1024.0, 0.5));
    }

    @Test
    void withoutACorrectRunARowHasNoFigures() {
        Summary row = Summary.of(List.of(run(SOCKET_FLINK, false, 5e6), run(SOCKET_FLINK, false, 6e6)), 9e6).get(0);

        assertThat(row.runs()).isEqualTo(2);
        assertThat(row.correct()).isZero();
        assertThat(row.throughput()).isEqualTo(new Summary.Range(null, null, null));
        assertThat(row.ratioToReference()).isNull();
        assertThat(row.latencyMs()).isEqualTo(new Summary.LatencyMs(null, null, null, null));
        assertThat(row.costs()).isEqualTo(new Summary.Costs(null, null, null, null));
    }

    @Test
    void theRatioIsTheMedianThroughputOverTheReferenceRateWhenThereIsOne() {
        List<RunResult> runs = List.of(run(SOCKET_FLINK, true, 4e6), run(SOCKET_FLINK, true, 5e6));

        assertThat(Summary.of(runs, 9e6).get(0).ratioToReference()).isEqualTo(0.5);
        assertThat(Summary.of(runs, null).get(0).ratioToReference()).isNull();
        assertThat(Summary.of(runs).get(0).ratioToReference()).isNull();
    }

    @Test
    void oneRowPerJobAndEngineInTheOrderOfTheirFirstRun() {
        Identity tuned = Identity.of(Job.SOCKET, Engine.FLINK, Variant.TUNED);
        Identity batch = Identity.of(Job.BATCH, Engine.SPARK);
        List<Summary> rows = Summary.of(List.of(run(Identity.BASELINE, true, 7e6), run(SOCKET_FLINK, true, 1e6),
                run(tuned, true, 2e6), run(batch, true, 3e6), run(SOCKET_FLINK, true, 3e6), run(tuned, true, 4e6)));

        assertThat(rows).extracting(Summary::identity).containsExactly(Identity.BASELINE, SOCKET_FLINK, tuned, batch);
        assertThat(rows).extracting(Summary::runs).containsExactly(1, 2, 2, 1);
        assertThat(rows).extracting(row -> row.throughput().median()).containsExactly(7e6, 2e6, 3e6, 3e6);
    }

    @Test
    void latencyAndDelayAreTheMediansOfEachRunsPercentiles() {
        Summary row = Summary.of(List.of(
                run(SOCKET_FLINK, true, 1e6, new Latency(percentiles(100, 200, 300, 400), percentiles(10, 20, 30, 40), 40, 40),
                        Resources.NONE, null),
                run(SOCKET_FLINK, true, 1e6, new Latency(percentiles(300, 500, 700, 900), percentiles(30, 50, 70, 90), 40, 40),
                        Resources.NONE, null),
                run(SOCKET_FLINK, true, 1e6, new Latency(percentiles(200, 250, 260, 270), percentiles(20, 25, 26, 27), 40, 39),
                        Resources.NONE, null))).get(0);

        assertThat(row.latencyMs()).isEqualTo(new Summary.LatencyMs(200.0, 250.0, 300.0, 400.0, List.of(40, 40, 39),
                java.util.Arrays.asList(null, null, null), null, null));
        assertThat(row.delayMs()).isEqualTo(new Summary.DelayMs(20.0, 30.0));
    }

    @Test
    void eachRunsSamplesAndBatchesAreKeptAndP99IsTheMedianOfTheRunsThatHaveOne() {
        Stats.Percentiles few = new Stats.Percentiles(100.0, 200.0, null, 250.0, 60);
        Summary row = Summary.of(List.of(
                run(SOCKET_FLINK, true, 1e6, latency(percentiles(100, 200, 300, 400), 400, 10, percentiles(0, 1, 2, 3)),
                        Resources.NONE, null),
                run(SOCKET_FLINK, true, 1e6, latency(few, 60, 2, percentiles(0, 5, 20, 90)), Resources.NONE, null),
                run(SOCKET_FLINK, true, 1e6, latency(percentiles(300, 500, 700, 900), 398, 11, percentiles(0, 3, 40, 50)),
                        Resources.NONE, null))).get(0);

        assertThat(row.latencyMs()).isEqualTo(new Summary.LatencyMs(100.0, 200.0, 500.0, 400.0, List.of(400, 60, 398),
                List.of(10, 2, 11), 20.0, 50.0));
    }

    @Test
    void batchesAtMaxRateOnlyForStreamingJobs() {
        RunResult.Phase fourBatches = new RunResult.Phase(1000, 2.0, 4);
        RunResult.Phase sixBatches = new RunResult.Phase(1000, 2.0, 6);
        List<Summary> rows = Summary.of(List.of(
                run(SOCKET_FLINK, true, 1e6, Latency.NONE, Resources.NONE, fourBatches),
                run(SOCKET_FLINK, true, 1e6, Latency.NONE, Resources.NONE, sixBatches),
                run(Identity.of(Job.BATCH, Engine.FLINK), true, 1e6, Latency.NONE, Resources.NONE, fourBatches),
                run(Identity.BASELINE, true, 1e6, Latency.NONE, Resources.NONE, fourBatches),
                run(Identity.of(Job.STATEFUL, Engine.SPARK_STRUCTURED), true, null, Latency.NONE, Resources.NONE, null)));

        assertThat(rows).extracting(row -> row.maxRate().batches()).containsExactly(5.0, null, null, null);
    }

    @Test
    void theMaxRatePhaseHasTheLargestErrorOfTheCorrectRunsAndTheMediansOfItsCost() {
        long words = 10_000_000;
        List<Summary> rows = Summary.of(List.of(
                run(SOCKET_FLINK, true, maxRate(1.2, new PhaseResources(10.0, 1L << 30), words)),
                run(SOCKET_FLINK, true, maxRate(3.5, new PhaseResources(30.0, 3L << 30), words)),
                run(SOCKET_FLINK, false, maxRate(40.0, new PhaseResources(99.0, 9L << 30), words)),
                run(SOCKET_FLINK, true, maxRate(0.8, null, words))));

        assertThat(rows.get(0).maxRate()).as("a wrong run's figure is no figure, nor its error")
                .isEqualTo(new Summary.MaxRate(6.0, 3.5, 2.0, 2048.0, false));
        assertThat(rows.get(0).maxRate().beyondErrorTarget()).isFalse();
    }

    @Test
    void aRowWithARunBeyondTheErrorTargetIsBeyondIt() {
        Summary row = Summary.of(List.of(run(SOCKET_FLINK, true, maxRate(1.2, null, 1000)),
                run(SOCKET_FLINK, true, maxRate(11.0, null, 1000)))).get(0);

        assertThat(row.maxRate().errorPercent()).isEqualTo(11.0);
        assertThat(row.maxRate().beyondErrorTarget()).isTrue();
    }

    @Test
    void aRowWithARunNearTheRateItsInputWasOfferedAtIsBoundedByTheFeed() {
        Throughput held = new Throughput(11e6, 1.0, Throughput.Method.STEADY_SLOPE, new RunResult.Phase(1000, 1.0, 6, 12e6, null, null));
        Summary row = Summary.of(List.of(run(SOCKET_FLINK, true, maxRate(1.0, null, 1000)), run(SOCKET_FLINK, true, held))).get(0);

        assertThat(row.maxRate().boundedByFeed()).isTrue();
    }

    private static Throughput maxRate(double errorPercent, PhaseResources cost, long words) {
        return new Throughput(1e6, errorPercent, Throughput.Method.STEADY_SLOPE, new RunResult.Phase(words, 10.0, 6, 12e6, null, cost));
    }

    private static RunResult run(Identity identity, boolean correct, Throughput throughput) {
        return new RunResult(identity, 1, new Verdict(correct, correct ? null : "wrong counts", 0, 10, correct ? 10 : 12,
                RunResult.Differences.NONE), throughput, Latency.NONE, Resources.NONE, 0.5, "log", null);
    }

    @Test
    void startUpCpuAndPeakRssAreMediansOfWhatWasMeasured() {
        Summary row = Summary.of(List.of(
                run(SOCKET_FLINK, true, 1e6, Latency.NONE, new Resources(1000L, 20.0, 512L * 1024 * 1024), null),
                run(SOCKET_FLINK, true, 1e6, Latency.NONE, new Resources(3000L, null, null), null),
                run(SOCKET_FLINK, true, 1e6, Latency.NONE, new Resources(null, 30.0, 1024L * 1024 * 1024), null))).get(0);

        assertThat(row.costs()).as("a run without a figure leaves it out").isEqualTo(new Summary.Costs(2000.0, 25.0, 768.0, 0.5));
    }
    private static RunResult measured(Double wordsPerSecond, double harnessCpuSeconds, Conditions conditions) {
        return new RunResult(SOCKET_FLINK, 1, new Verdict(true, null, 0, 10, 10, RunResult.Differences.NONE),
                new Throughput(wordsPerSecond, null), Latency.NONE, Resources.NONE, harnessCpuSeconds, "log", null).withConditions(conditions);
    }

    private static Conditions against(int reference, double wordsPerSecond) {
        return Conditions.of("2026-01-01T10:00:00Z", "2026-01-01T10:01:00Z", 0.5, 1.5, "1", "parallelism 1, 1 task slots")
                .withReference(reference, wordsPerSecond);
    }

    @Test
    void eachRunsRatioIsTakenAgainstItsOwnReferenceAndTheRowHasTheirMedian() {
        List<RunResult> runs = List.of(measured(4e6, 1.0, against(1, 8e6)), measured(6e6, 1.0, against(2, 10e6)),
                measured(3e6, 1.0, against(3, 5e6)));

        // 0.5, 0.6 and 0.6: the median throughput over the median reference would be 4e6 / 8e6 = 0.5.
        assertThat(Summary.of(runs, 8e6).get(0).ratioToReference()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void aRunWithoutItsOwnReferenceIsTakenAgainstTheReportsOne() {
        List<RunResult> runs = List.of(measured(4e6, 1.0, null), measured(6e6, 1.0, against(2, 10e6)));

        assertThat(Summary.of(runs, 8e6).get(0).ratioToReference()).isCloseTo((0.5 + 0.6) / 2, within(1e-12));
    }

    @Test
    void theHarnessesOwnCpuAndTheEnginesSlotsAreInTheRow() {
        Summary row = Summary.of(List.of(measured(1e6, 0.4, against(1, 8e6)), measured(1e6, 2.0, against(1, 8e6)),
                measured(1e6, 0.6, against(1, 8e6)))).get(0);

        assertThat(row.costs()).isEqualTo(new Summary.Costs(null, null, null, 0.6));
        assertThat(row.slots()).isEqualTo("parallelism 1, 1 task slots");
    }
}
