package dev.streamcompare.structured;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.FileStreamOptions;
import dev.streamcompare.common.JobArgs;
import dev.streamcompare.testkit.FileDropper;
import dev.streamcompare.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWordCountTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryVisibleFileOnceWhetherPresentAtStartOrMovedInLater() throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        Path oldFile = Files.copy(seed(), watched.resolve("present-at-start.txt"));
        Files.setLastModifiedTime(oldFile, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Files.writeString(watched.resolve("_hidden.txt"), "underscore names are skipped\n");
        Files.writeString(watched.resolve(".hidden.txt"), "dot names are skipped\n");

        FileStreamOptions options = new FileStreamOptions();
        options.inputDir = watched;
        options.batchSeconds = 1;
        options.output = folder.resolve("out");
        options.print = 0;
        options.validate();
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery query = FileWordCount.query(spark, options).start();
        try {
            FileDropper.drop(seed(), watched, 5, 4);
            Files.writeString(watched.resolve("_late.txt"), "also skipped\n");
            // Moved in after the first batch with a modification time from 2001: the text source's
            // maxFileAge (7 days behind the newest file) would skip it, the job's does not.
            Map<String, Long> twice = new HashMap<>();
            referenceCounts(seed()).forEach((word, count) -> twice.put(word, 2 * count));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(twice));
            Path staged = Files.copy(seed(), folder.resolve("old-moved-in-late.txt"));
            Files.setLastModifiedTime(staged, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
            Files.move(staged, watched.resolve("old-moved-in-late.txt"), StandardCopyOption.ATOMIC_MOVE);

            Map<String, Long> expected = new HashMap<>();
            referenceCounts(seed()).forEach((word, count) -> expected.put(word, 3 * count));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));

            // Read once: two more batch intervals add nothing; no file name stopped the query.
            Thread.sleep(2_500); // a bounded look for extra output, not a wait for a condition
            assertThat(BatchFiles.sum(options.output)).isEqualTo(expected);
            assertThat(query.isActive()).isTrue();
        } finally {
            StreamingJobTestSupport.stop(query, spark);
        }
    }

    @Test
    void namesEachBatchForItsTriggerTimeOnTheIntervalGrid() throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        FileStreamOptions options = new FileStreamOptions();
        options.inputDir = watched;
        options.batchSeconds = 2;
        options.output = folder.resolve("out");
        options.print = 0;
        options.validate();
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery query = FileWordCount.query(spark, options).start();
        try {
            Map<String, Long> expected = new HashMap<>();
            for (int i = 1; i <= 3; i++) {
                long before = System.currentTimeMillis();
                FileDropper.dropText(watched, "part-" + i + ".txt", "word" + i + " again\n");
                expected.put("word" + i, 1L);
                expected.put("again", (long) i);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
                long published = System.currentTimeMillis();
                long batchEnd = BatchFiles.batchEnd(BatchFiles.newestFile(options.output).orElseThrow());

                // After the file arrived, before the batch was seen; on the 2 s grid, as DStream batch times are.
                assertThat(batchEnd).isBetween(before - before % 2000, published).isEqualTo(batchEnd / 2000 * 2000);
            }
            assertThat(BatchFiles.list(options.output)).hasSize(3);
        } finally {
            StreamingJobTestSupport.stop(query, spark);
        }
    }

    /** The text source reads UTF-8 bytes, whatever the platform charset (unlike the socket source). */
    @Test
    void decodesUtf8WhateverThePlatformCharset() throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        Path text = Fixtures.unicodeText(folder);
        Path out = folder.resolve("out");
        try (JobJvm job = JobJvm.startWithCharset(FileWordCount.class, folder.resolve("job.log"), "ISO-8859-1",
                new JobArgs().inputDir(watched).output(out).batchSeconds(1).print(0))) {
            Files.copy(text, watched.resolve("unicode.txt"));
            Map<String, Long> expected = referenceCounts(text);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(out).equals(expected) || !job.isAlive());
            assertThat(BatchFiles.sum(out)).as(job.output()).isEqualTo(expected);
            assertThat(expected).containsEntry("caf\u00E9", 3L).containsEntry("\u00FCber", 2L);

            assertThat(job.stop(30)).as(job.output()).isZero();
            assertThat(job.output()).contains("FileWordCount: SIGTERM received, stopping");
        }
    }
}
