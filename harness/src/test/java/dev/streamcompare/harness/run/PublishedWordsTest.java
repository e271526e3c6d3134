package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.output.BatchWatcher.Published;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.RunResult.Point;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A streaming run's words published over time, from the batch files the harness saw. */
class PublishedWordsTest {

    private static final long SPAWNED = 1_700_000_000_000L;

    @Test
    void eachPublishIsAtItsSecondsSinceTheJvmWasSpawnedToTheMsWithTheWordsSoFar() {
        List<Published> published = List.of(new Published(SPAWNED + 2_345, 10_000, 1_000), new Published(SPAWNED + 3_351, 11_000, 2_500));

        assertThat(PublishedWords.of(published, SPAWNED)).containsExactly(new Point(2.345, 1_000), new Point(3.351, 2_500));
    }

    @Test
    void batchFilesSeenInOnePollAreOnePointWithTheWordsAfterTheLastOfThem() {
        List<Published> published = List.of(new Published(SPAWNED + 2_000, 1_000, 100), new Published(SPAWNED + 3_000, 2_000, 300),
                new Published(SPAWNED + 3_000, 3_000, 700), new Published(SPAWNED + 4_000, 4_000, 900));

        assertThat(PublishedWords.of(published, SPAWNED)).containsExactly(new Point(2, 100), new Point(3, 700), new Point(4, 900));
    }

    @Test
    void aRunThatPublishedNothingHasNoPoints() {
        assertThat(PublishedWords.of(List.of(), SPAWNED)).isEmpty();
    }

    @Test
    void thousandsOfBatchesAreThinnedEvenlyToTheMostKeptTheFirstAndTheLastAmongThem() {
        List<Published> published = IntStream.range(0, 3_001)
                .mapToObj(i -> new Published(SPAWNED + 1_000 + 100L * i, i, 10L * i)).toList();

        List<Point> points = PublishedWords.of(published, SPAWNED);

        assertThat(points).hasSize(RunResult.Timeline.MAX_WORDS_PUBLISHED);
        assertThat(points.get(0)).isEqualTo(new Point(1, 0));
        assertThat(points.get(points.size() - 1)).isEqualTo(new Point(301, 30_000));
        assertThat(points).isSortedAccordingTo((a, b) -> Double.compare(a.seconds(), b.seconds()));
        assertThat(IntStream.range(1, points.size()).mapToDouble(i -> points.get(i).seconds() - points.get(i - 1).seconds()))
                .as("evenly: every gap 6 or 7 publishes of 0.1 s").allMatch(gap -> gap > 0.55 && gap < 0.75);
    }

    @Test
    void aRunOfAtMostTheMostPublishesKeepsEveryOne() {
        List<Published> published = IntStream.range(0, RunResult.Timeline.MAX_WORDS_PUBLISHED)
                .mapToObj(i -> new Published(SPAWNED + 100L * i, i, i)).toList();

        assertThat(PublishedWords.of(published, SPAWNED)).hasSize(RunResult.Timeline.MAX_WORDS_PUBLISHED);
    }
}
