package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.feed.Feed;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.RunResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The max-rate figure: words / seconds from the first byte offered to the publish of the batch that completed them. */
class MaxRateThroughputTest {

    /** A feed that sends nothing: only {@link PhaseContext#maxRate} is used here. */
    private static final Feed NO_FEED = new Feed() {
        @Override
        public long awaitReady(Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long sendAtMaxRate(Workload workload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendAtFixedRate(List<String> lines, int linesPerSecond, long markerEveryMillis, Markers markers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    };

    private static PhaseContext phases() {
        return new PhaseContext(NO_FEED, null, null, RunEvents.NONE);
    }

    @Test
    void throughputIsWordsOverTheSecondsFromFirstByteToTheCompletingBatch() {
        PhaseContext phases = phases();

        // 12 000 words, first byte at 100 000 ms, completed by the batch published at 103 000 ms: 3 s.
        phases.maxRate(12_000, 100_000, 103_000, 2);

        assertThat(phases.throughput()).isEqualTo(4_000.0);
        assertThat(phases.maxRatePhase()).isEqualTo(new RunResult.Phase(12_000, 3.0, 2));
    }

    @Test
    void fractionsOfASecondCount() {
        PhaseContext phases = phases();

        // 1 000 words in 250 ms.
        phases.maxRate(1_000, 5_000, 5_250, 1);

        assertThat(phases.throughput()).isEqualTo(4_000.0);
        assertThat(phases.maxRatePhase()).isEqualTo(new RunResult.Phase(1_000, 0.25, 1));
    }

    @Test
    void withoutATimedMaxRatePhaseThereIsNoFigure() {
        PhaseContext phases = phases();

        assertThat(phases.throughput()).isNull();
        assertThat(phases.maxRatePhase()).isNull();
        assertThat(phases.wordsSent()).as("a feed without a probe adds no words").isZero();
    }
}
