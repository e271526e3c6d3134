package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.BatchWatcher.Published;
import dev.streamcompare.harness.report.PhaseResources;
import dev.streamcompare.harness.report.Throughput;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The max-rate figure from synthetic publish logs, no engine: jobs of a known rate, modelled as the
 * engines behave (Flink: a batch per interval of processing; Spark: a receiver that takes the input
 * at once and batches processed back to back), their batch files seen by a 20 ms poll. Each figure
 * must lie within its stated error of the rate the model ran at.
 */
class MaxRateThroughputTest {

    private static final long BATCH = 2_000;
    private static final long POLL = BatchWatcher.POLL_MILLIS;
    /** The job's totals before the phase: the warm-up's words. */
    private static final long BEFORE = 2_650_000;
    /** The harness's clock at some whole batch boundary; the phases start at offsets into the grid after it. */
    private static final long T0 = 1_700_000_000_000L;
    /** A job's publish delay after its batch ends: 30 ms and a few ms of jitter, different for every batch. */
    private static final LongUnaryOperator DELAY = batchEnd -> 30 + Math.floorMod(batchEnd / BATCH * 7919, 13);

    /** When the harness sees a file written at {@code millis}: its next poll. */
    private static long seen(long millis) {
        return (millis / POLL + 1) * POLL;
    }

    /**
     * Flink: the source reads as fast as the job processes, {@code wordsPerSecond} from the first byte
     * on; each batch file holds the words processed in its interval, published at its end.
     */
    private static List<Published> pushingBack(double wordsPerSecond, long firstByte, long words) {
        double perMilli = wordsPerSecond / 1000;
        List<Published> log = new ArrayList<>();
        for (long end = (firstByte / BATCH + 1) * BATCH; ; end += BATCH) {
            long processed = Math.min(words, (long) ((end - firstByte) * perMilli));
            log.add(new Published(seen(end + DELAY.applyAsLong(end)), end, BEFORE + processed));
            if (processed == words) {
                return log;
            }
        }
    }

    /**
     * Spark: the receiver stores {@code receivedPerSecond} from the first byte on, a batch holds what it
     * stored in its interval, and the batches are processed one after another at {@code wordsPerSecond},
     * each as soon as its interval has ended and the one before is done.
     */
    private static List<Published> receivingThenProcessing(double receivedPerSecond, double wordsPerSecond, long firstByte,
                                                           long words) {
        List<Published> log = new ArrayList<>();
        long stored = 0;
        double done = 0;
        for (long end = (firstByte / BATCH + 1) * BATCH; stored < words; end += BATCH) {
            long storedByEnd = Math.min(words, (long) ((end - firstByte) * receivedPerSecond / 1000));
            done = Math.max(end, done) + (storedByEnd - stored) * 1000 / wordsPerSecond;
            stored = storedByEnd;
            log.add(new Published(seen((long) done + DELAY.applyAsLong(end)), end, BEFORE + stored));
        }
        return log;
    }

    private static Throughput figure(List<Published> log, long words, long firstByte) {
        return MaxRateThroughput.of(log, BEFORE, words, firstByte, BATCH, null, null);
    }

    private static void assertWithinItsError(Throughput figure, double rate) {
        assertThat(Math.abs(figure.wordsPerSecond() - rate) / rate * 100).as("%s against %.0f words/s", figure, rate)
                .isLessThanOrEqualTo(figure.errorPercent());
    }

    @Test
    void flinkAtTheSameRateGivesTheSameFigureWhereverThePhaseStartsInTheGrid() {
        double rate = 6.5e6;
        long words = 106_000_000; // Ulysses × 400
        List<Double> figures = new ArrayList<>();
        List<Double> fromFirstByte = new ArrayList<>();
        for (long offset = 0; offset < BATCH; offset += 100) {
            long firstByte = T0 + offset;
            Throughput figure = figure(pushingBack(rate, firstByte, words), words, firstByte);

            assertThat(figure.method()).isEqualTo(Throughput.Method.STEADY_SLOPE);
            assertThat(figure.errorPercent()).isLessThanOrEqualTo(Throughput.ERROR_TARGET_PERCENT);
            assertWithinItsError(figure, rate);
            figures.add(figure.wordsPerSecond());
            fromFirstByte.add(words / figure.maxRatePhase().seconds());
        }

        assertThat(spreadPercent(figures, rate)).as("the steady slope over the offsets").isLessThan(1.0);
        assertThat(spreadPercent(fromFirstByte, rate)).as("the old figure, first byte → completing batch, over the same offsets")
                .isGreaterThan(5.0);
    }

    @Test
    void sparkAtTheSameRateGivesTheSameFigureWhereverThePhaseStartsInTheGrid() {
        double rate = 5e6;
        long words = 106_000_000;
        List<Double> figures = new ArrayList<>();
        for (long offset = 0; offset < BATCH; offset += 100) {
            long firstByte = T0 + offset;
            Throughput figure = figure(receivingThenProcessing(10e6, rate, firstByte, words), words, firstByte);

            assertThat(figure.method()).isEqualTo(Throughput.Method.STEADY_SLOPE);
            assertThat(figure.errorPercent()).isLessThanOrEqualTo(Throughput.ERROR_TARGET_PERCENT);
            assertWithinItsError(figure, rate);
            figures.add(figure.wordsPerSecond());
        }

        assertThat(spreadPercent(figures, rate)).isLessThan(1.0);
    }

    @Test
    void aSparkJobWhoseReceiverIsTheBottleneckIsFiguredAtTheRateItTakesInput() {
        long words = 106_000_000;
        for (long offset = 0; offset < BATCH; offset += 250) {
            Throughput figure = figure(receivingThenProcessing(4e6, 8e6, T0 + offset, words), words, T0 + offset);

            assertThat(figure.method()).isEqualTo(Throughput.Method.STEADY_SLOPE);
            assertWithinItsError(figure, 4e6);
        }
    }

    @Test
    void withTooFewBatchesTheFigureIsFirstByteToCompletingBatchAndItsBoundIsTheGrid() {
        double rate = 6.5e6;
        long words = 21_200_000; // Ulysses × 80: about 3.3 s, four batches at most
        for (long offset = 0; offset < BATCH; offset += 100) {
            Throughput figure = figure(pushingBack(rate, T0 + offset, words), words, T0 + offset);

            assertThat(figure.method()).isEqualTo(Throughput.Method.FIRST_BYTE_TO_COMPLETING_BATCH);
            assertThat(figure.maxRatePhase().steadySlope()).isNull();
            assertThat(figure.wordsPerSecond()).as("the grid only ever adds time").isLessThanOrEqualTo(rate);
            assertWithinItsError(figure, rate);
            assertThat(figure.beyondErrorTarget()).as("a batch interval is more than 5 %% of 3.3 s").isTrue();
        }
    }

    @Test
    void publishesThatStrayFromASteadyRateWidenTheStatedError() {
        double rate = 6.5e6;
        long words = 106_000_000;
        List<Published> steady = pushingBack(rate, T0 + 700, words);
        List<Published> strayed = new ArrayList<>(steady);
        Published late = strayed.get(4); // a GC pause in the job, say, delays one batch file by 400 ms
        strayed.set(4, new Published(late.publishedMillis() + 400, late.batchEndMillis(), late.totalWords()));

        Throughput calm = figure(steady, words, T0 + 700);
        Throughput paused = figure(strayed, words, T0 + 700);

        assertThat(paused.maxRatePhase().steadySlope().jitterMs()).isGreaterThan(calm.maxRatePhase().steadySlope().jitterMs() + 100);
        assertThat(paused.errorPercent()).isGreaterThan(calm.errorPercent() + 2);
        assertWithinItsError(paused, rate);
    }

    @Test
    void aLateEndOfAShortSteadyPartIsWithinTheStatedErrorNotHiddenByTheFittedLine() {
        double rate = 6.5e6;
        for (int steadyBatches = 2; steadyBatches <= 6; steadyBatches++) {
            // The first two batches, the steady ones, the completing one: as many words as that takes at this rate.
            long words = (long) (rate * BATCH / 1000 * (steadyBatches + 2.5));
            List<Published> log = new ArrayList<>(pushingBack(rate, T0 + 700, words));
            int lastSteady = log.size() - 2; // the one before the completing batch: an end of the slope
            Published late = log.get(lastSteady);
            log.set(lastSteady, new Published(late.publishedMillis() + 250, late.batchEndMillis(), late.totalWords()));

            Throughput figure = figure(log, words, T0 + 700);

            assertThat(figure.method()).as(steadyBatches + " steady batches").isEqualTo(Throughput.Method.STEADY_SLOPE);
            assertWithinItsError(figure, rate);
        }
    }

    @Test
    void aStatefulJobsStateRepublishedWithoutNewWordsIsNotABatchOfThePhase() {
        long words = 106_000_000;
        List<Published> log = pushingBack(6.5e6, T0 + 300, words);
        List<Published> withRepeats = new ArrayList<>();
        withRepeats.add(new Published(T0 + 40, T0, BEFORE)); // the warm-up's state, published again
        for (Published batch : log) {
            withRepeats.add(batch);
        }

        assertThat(figure(withRepeats, words, T0 + 300)).isEqualTo(figure(log, words, T0 + 300));
    }

    @Test
    void thePhasesCostGoesWithItsFigure() {
        long words = 106_000_000;
        PhaseResources cost = new PhaseResources(21.2, 1L << 30);

        Throughput figure = MaxRateThroughput.of(pushingBack(6.5e6, T0, words), BEFORE, words, T0, BATCH, null, cost);

        assertThat(figure.maxRatePhase().resources()).isEqualTo(cost);
        assertThat(cost.cpuSecondsPerMillionWords(figure.maxRatePhase().words())).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void aJobAsFastAsItsInputIsOfferedIsMarkedAsBoundedByTheFeed() {
        long words = 106_000_000;
        Throughput held = MaxRateThroughput.of(pushingBack(11.5e6, T0, words), BEFORE, words, T0, BATCH, 12e6, null);
        Throughput free = MaxRateThroughput.of(pushingBack(8e6, T0, words), BEFORE, words, T0, BATCH, 12e6, null);

        assertThat(held.boundedByFeed()).isTrue();
        assertThat(free.boundedByFeed()).isFalse();
    }

    @Test
    void aLogThatGoesPastTheWordsSentIsNotTimed() {
        List<Published> doubled = List.of(new Published(T0 + 2_040, T0 + 2_000, BEFORE + 1_500),
                new Published(T0 + 4_040, T0 + 4_000, BEFORE + 2_500));

        assertThatThrownBy(() -> figure(doubled, 2_000, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the completing batch holds " + (BEFORE + 2_500) + " words, not " + (BEFORE + 2_000));
    }

    /** (largest − smallest) of {@code figures}, % of {@code rate}. */
    private static double spreadPercent(List<Double> figures, double rate) {
        DoubleSummaryStatistics stats = figures.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return (stats.getMax() - stats.getMin()) / rate * 100;
    }
}
