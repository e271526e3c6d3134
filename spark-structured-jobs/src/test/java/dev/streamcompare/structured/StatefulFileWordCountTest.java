package dev.streamcompare.structured;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.JobArgs;
import dev.streamcompare.common.StatefulFileOptions;
import dev.streamcompare.testkit.FileDropper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatefulFileWordCountTest {

    private static final Duration START_AND_COUNT = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    @Test
    void publishesTheFullStateAfterEveryBatchWithInputAndItEqualsTheReference() throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        StatefulFileOptions options = new StatefulFileOptions();
        options.inputDir = watched;
        options.batchSeconds = 1;
        options.output = folder.resolve("out");
        options.checkpoint = folder.resolve("checkpoint");
        options.print = 0;
        options.validate();
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery query = StatefulFileWordCount.query(spark, options).start();
        try {
            FileDropper.drop(seed(), watched, 5, 2);

            Map<String, Long> expected = referenceCounts(seed());
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.stop(query, spark);
        }
    }

    /**
     * With {@code --changes}: the seed present at start, then a file of one new word; the newest
     * count of each word over the files is the reference's, and the file after the new one holds
     * that word alone: the words that changed, not the state.
     */
    @Test
    void withChangesEachFileHoldsTheWordsThatChangedAndTheirNewestCountsAreTheState() throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        Files.copy(seed(), watched.resolve("present-at-start.txt"));
        StatefulFileOptions options = new StatefulFileOptions();
        options.inputDir = watched;
        options.batchSeconds = 1;
        options.output = folder.resolve("out");
        options.checkpoint = folder.resolve("checkpoint");
        options.print = 0;
        options.state.changes(true);
        options.validate();
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery query = StatefulFileWordCount.query(spark, options).start();
        try {
            Map<String, Long> once = referenceCounts(seed());
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.upserted(options.output).equals(once));
            FileDropper.dropText(watched, "new.txt", "zzz-changed zzz-changed\n");
            Map<String, Long> after = new java.util.HashMap<>(once);
            after.put("zzz-changed", 2L);
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.upserted(options.output).equals(after));
            assertThat(BatchFiles.newest(options.output)).isEqualTo(Map.of("zzz-changed", 2L));
        } finally {
            StreamingJobTestSupport.stop(query, spark);
        }
    }

    /**
     * Killed with SIGKILL while files are still moving in, started again on the same checkpoint:
     * every file is read once over both runs, so the state is exactly the counts of the whole input.
     */
    @Test
    void resumesFromItsCheckpointAfterSigkillWithoutLosingOrDoubleCountingAWord() throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        List<String> lines = Files.readAllLines(seed(), StandardCharsets.UTF_8);
        int cut = lines.size() * 30 / 100;
        Path partA = Files.write(folder.resolve("a.txt"), lines.subList(0, cut), StandardCharsets.UTF_8);
        Path partB = Files.write(folder.resolve("b.txt"), lines.subList(cut, lines.size()), StandardCharsets.UTF_8);
        Map<String, Long> countsA = referenceCounts(partA);
        Map<String, Long> expected = referenceCounts(seed());
        Path out = folder.resolve("out");
        JobArgs args = new JobArgs().inputDir(watched).batchSeconds(1).cores(2)
                .checkpoint(folder.resolve("checkpoint")).output(out).print(0);

        CompletableFuture<List<Path>> dropping;
        try (FileDropper.Staged rest = FileDropper.stage(partB, watched, 8)) {
            try (JobJvm first = JobJvm.start(StatefulFileWordCount.class, folder.resolve("first.log"), args)) {
                FileDropper.drop(partA, watched, 4, 0);
                await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.newest(out).equals(countsA) || !first.isAlive());
                assertThat(BatchFiles.newest(out)).as(first.output()).isEqualTo(countsA);

                dropping = CompletableFuture.supplyAsync(() -> moveIn(rest, 1));
                int published = BatchFiles.list(out).size();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> BatchFiles.list(out).size() > published);

                first.kill();
                assertThat(dropping).as("files still moving in at the kill").isNotDone();
                assertThat(total(BatchFiles.newest(out))).isBetween(total(countsA) + 1, total(expected) - 1);
            }
            try (JobJvm second = JobJvm.start(StatefulFileWordCount.class, folder.resolve("second.log"), args)) {
                dropping.join();
                await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.newest(out).equals(expected) || !second.isAlive());
                assertThat(BatchFiles.newest(out)).as(second.output()).isEqualTo(expected);

                assertThat(second.stop(30)).as(second.output()).isZero();
                assertThat(second.output()).contains("StatefulFileWordCount: SIGTERM received, stopping");
            }
        }
    }

    private static List<Path> moveIn(FileDropper.Staged staged, double filesPerSecond) {
        try {
            return staged.moveIn(filesPerSecond);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
