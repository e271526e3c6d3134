package dev.streamcompare.harness.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineTimelineTest {

    @Test
    void linesWrittenByAMomentAreThoseOfTheLastWriteAtOrBeforeIt() {
        LineTimeline timeline = new LineTimeline();
        timeline.written(1_000, 100);
        timeline.written(1_020, 250);
        timeline.written(1_040, 250); // nothing new
        timeline.written(1_060, 400);

        assertThat(timeline.writtenBy(999)).isZero();
        assertThat(timeline.writtenBy(1_000)).isEqualTo(100);
        assertThat(timeline.writtenBy(1_019)).isEqualTo(100);
        assertThat(timeline.writtenBy(1_050)).isEqualTo(250);
        assertThat(timeline.writtenBy(5_000)).isEqualTo(400);
    }

    @Test
    void anEmptyTimelineHasWrittenNothing() {
        assertThat(new LineTimeline().writtenBy(Long.MAX_VALUE)).isZero();
    }

    @Test
    void aTimelineThatGoesBackIsRefused() {
        LineTimeline timeline = new LineTimeline();
        timeline.written(1_000, 100);

        assertThatThrownBy(() -> timeline.written(1_010, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timeline.written(990, 200)).isInstanceOf(IllegalArgumentException.class);
    }
}
