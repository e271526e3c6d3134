package dev.streamcompare.spark;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.FileStreamOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.streaming.StreamingContextState;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.FileDropper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class FileWordCountTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void readsEveryVisibleFileOnceWhetherPresentAtStartOrMovedInLater(Variant variant) throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        Path oldFile = Files.copy(seed(), watched.resolve("present-at-start.txt"));
        Files.setLastModifiedTime(oldFile, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        Files.writeString(watched.resolve("_hidden.txt"), "underscore names would crash textFileStream\n");
        Files.writeString(watched.resolve(".hidden.txt"), "dot names are skipped\n");

        FileStreamOptions options = new FileStreamOptions();
        options.inputDir = watched;
        options.batchSeconds = 1;
        options.output = folder.resolve("out");
        options.print = 0;
        options.variant = variant;
        options.validate();
        JavaStreamingContext ssc = StreamingJobTestSupport.context(options);
        FileWordCount.addTo(ssc, options);
        ssc.start();
        try {
            FileDropper.drop(seed(), watched, 5, 4);
            Files.writeString(watched.resolve("_late.txt"), "also skipped\n");

            Map<String, Long> expected = new HashMap<>();
            referenceCounts(seed()).forEach((word, count) -> expected.put(word, 2 * count));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));

            // Read once: two more batch intervals add nothing; no file name stopped the context.
            Thread.sleep(2_500); // a bounded look for extra output, not a wait for a condition
            assertThat(BatchFiles.sum(options.output)).isEqualTo(expected);
            assertThat(ssc.getState()).isEqualTo(StreamingContextState.ACTIVE);
        } finally {
            StreamingJobTestSupport.stop(ssc);
        }
    }
}
