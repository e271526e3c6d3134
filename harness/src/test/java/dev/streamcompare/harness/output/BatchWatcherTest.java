package dev.streamcompare.harness.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.RunResult;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWatcherTest {

    @TempDir
    Path folder;

    private BatchOutput writer() {
        return new BatchOutput(folder, 0, new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void sumsStatelessBatchesAndFindsMarkers() throws Exception {
        try (BatchWatcher watcher = new BatchWatcher(folder, false)) {
            long before = System.currentTimeMillis();
            writer().publish(2000, List.of(new WordCount("a", 2), new WordCount(Markers.word(0), 1)));
            writer().publish(4000, List.of(new WordCount("a", 1), new WordCount("b", 4)));

            long published = watcher.awaitWords(8, Duration.ofSeconds(10));

            assertThat(published).isGreaterThanOrEqualTo(before);
            assertThat(watcher.totals()).isEqualTo(Map.of("a", 3L, "b", 4L, Markers.word(0), 1L));
            assertThat(watcher.markers()).containsOnlyKeys(Markers.word(0));
            assertThat(watcher.markers().get(Markers.word(0)).batchEndMillis()).isEqualTo(2000);
            assertThat(watcher.batches()).isEqualTo(2);
        }
    }

    @Test
    void aStatefulJobsTotalsAreItsNewestBatch() throws Exception {
        try (BatchWatcher watcher = new BatchWatcher(folder, true)) {
            writer().publish(2000, List.of(new WordCount("a", 2)));
            writer().publish(4000, List.of(new WordCount("a", 5), new WordCount("b", 1)));
            watcher.awaitWords(6, Duration.ofSeconds(10));
            assertThat(watcher.totals()).isEqualTo(Map.of("a", 5L, "b", 1L));
        }
    }

    /** Flink's per-record variant: each file the new counts of the words that changed; a word's newest count is its state. */
    @Test
    void aJobThatPublishesChangesHasTheNewestCountOfEachWord() throws Exception {
        try (BatchWatcher watcher = new BatchWatcher(folder, BatchWatcher.Totals.UPSERTED)) {
            writer().publish(2000, List.of(new WordCount("a", 2), new WordCount("b", 1)));
            writer().publish(2100, List.of(new WordCount("a", 5)));
            writer().publish(2200, List.of(new WordCount("c", 3), new WordCount("b", 2)));

            watcher.awaitWords(10, Duration.ofSeconds(10));
            assertThat(watcher.totals()).containsOnly(Map.entry("a", 5L), Map.entry("b", 2L), Map.entry("c", 3L));
            assertThat(watcher.totalWords()).as("5 + 2 + 3, not the sum of the files' 13").isEqualTo(10);
        }
    }

    @Test
    void aWaitIsBounded() {
        try (BatchWatcher watcher = new BatchWatcher(folder, false)) {
            assertThatThrownBy(() -> watcher.awaitWords(1, Duration.ofMillis(200)))
                    .isInstanceOf(TimeoutException.class).hasMessageContaining("0 of 1 words");
        }
    }

    @Test
    void markersAreNumberedWordsOfTheirOwn() {
        assertThat(Markers.word(7)).isEqualTo("streamcompare-marker-000007");
        assertThat(Markers.isMarker(Markers.word(123))).isTrue();
        assertThat(Markers.isMarker("streamcompare")).isFalse();
    }

    @Test
    void differencesListMissingExtraAndDifferent() {
        RunResult.Differences d = Differences.between(Map.of("a", 1L, "b", 2L, "c", 3L), Map.of("a", 1L, "b", 5L, "z", 1L));
        assertThat(d.missing()).isEqualTo(1);
        assertThat(d.extra()).isEqualTo(1);
        assertThat(d.different()).isEqualTo(1);
        assertThat(d.first()).containsExactly("b: expected 2, counted 5", "c: expected 3, counted 0", "z: expected 0, counted 1");
        assertThat(Differences.between(Map.of("a", 1L), Map.of("a", 1L))).isSameAs(RunResult.Differences.NONE);
    }
}
