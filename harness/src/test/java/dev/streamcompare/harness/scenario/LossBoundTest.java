package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.feed.LineTimeline;
import dev.streamcompare.harness.report.FaultResult;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a socket job may lose to its kills, worked out by hand on ten pieces of ten one-word lines. */
class LossBoundTest {

    /** 100 one-word lines in 10 pieces: each piece is 10 lines and its sentinel, 11 lines, 11 words. */
    private static final FaultInput INPUT = FaultInput.of("test", Collections.nCopies(100, "word"), 10);

    @Test
    void halfASecondIsInFlight() {
        assertThat(FaultResult.IN_FLIGHT_MILLIS).as("the figures below").isEqualTo(500);
    }

    @Test
    void aKillMayLoseWhatWasWrittenFromBeforeItsCheckpointBeganToTheEndOfItsConnection() {
        LineTimeline timeline = new LineTimeline();
        timeline.written(10_000, 20);
        timeline.written(10_400, 30);
        timeline.written(11_000, 45);
        timeline.written(12_000, 60);
        // The restored checkpoint holds what was read before 11,000; what was written in the
        // 500 ms before that (IN_FLIGHT_MILLIS) may still have been in flight: from line 30, written by 10,500.
        LossBound.Stretch stretch = LossBound.stretch(timeline, 11_000, 60);

        assertThat(stretch).isEqualTo(new LossBound.Stretch(30, 60));
        assertThat(LossBound.words(INPUT, List.of(stretch))).isEqualTo(30);
    }

    @Test
    void aLineInTwoStretchesIsCountedOnce() {
        List<LossBound.Stretch> overlapping = List.of(new LossBound.Stretch(30, 60), new LossBound.Stretch(50, 70),
                new LossBound.Stretch(90, 95));

        assertThat(LossBound.words(INPUT, overlapping)).isEqualTo(40 + 5);
    }

    @Test
    void aStretchNeverRunsBackwards() {
        assertThat(new LossBound.Stretch(80, 60)).isEqualTo(new LossBound.Stretch(60, 60));
        assertThat(LossBound.words(INPUT, List.of(new LossBound.Stretch(80, 60)))).isZero();
    }

    @Test
    void aLostPieceWhoseSentinelLiesOutsideEveryStretchIsBeyondTheBound() {
        // Sentinels at lines 10, 21, 32, … 109.
        List<LossBound.Stretch> stretches = List.of(new LossBound.Stretch(15, 35), new LossBound.Stretch(60, 70));

        assertThat(LossBound.piecesBeyond(INPUT, List.of(1, 2, 5), stretches)).as("21 and 32 are in the first, 65 in the second")
                .isZero();
        assertThat(LossBound.piecesBeyond(INPUT, List.of(0, 1, 9), stretches)).as("10 and 109 are in none").isEqualTo(2);
    }

    @Test
    void losingEverythingIsBeyondAnyBoundTheKillsAllow() {
        LineTimeline timeline = new LineTimeline();
        for (int second = 1; second <= 11; second++) {
            timeline.written(second * 1_000L, second * 10);
        }
        List<LossBound.Stretch> kills = List.of(LossBound.stretch(timeline, 3_000, 40), LossBound.stretch(timeline, 7_000, 80));
        long bound = LossBound.words(INPUT, kills);
        long everything = INPUT.wordsIn(0, INPUT.lines().size());

        assertThat(bound).isEqualTo(20 + 20);
        assertThat(everything).isGreaterThan(bound);
        assertThat(LossBound.piecesBeyond(INPUT, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), kills)).isEqualTo(6);
    }
}
