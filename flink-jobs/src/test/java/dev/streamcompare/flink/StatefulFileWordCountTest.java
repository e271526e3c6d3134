package dev.streamcompare.flink;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.StatefulFileOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.FileDropper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class StatefulFileWordCountTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = StreamingJobTestSupport.miniCluster();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void lastStateCountsEveryFilePresentAtStartOrMovedInLater(Variant variant) throws Exception {
        Path watched = Files.createDirectories(folder.resolve("in"));
        Files.copy(seed(), watched.resolve("present-at-start.txt"));
        Files.writeString(watched.resolve("_hidden.txt"), "underscore names are skipped\n");

        StatefulFileOptions options = new StatefulFileOptions();
        options.inputDir = watched;
        options.batchSeconds = 1;
        options.output = folder.resolve("out");
        options.checkpoint = folder.resolve("checkpoint");
        options.print = 0;
        options.variant = variant;
        options.cores = 2;
        options.validate();
        StreamExecutionEnvironment env = StreamingJobs.environment(options, new org.apache.flink.configuration.Configuration());
        StatefulFileWordCount.addTo(env, options);
        JobClient job = env.executeAsync("StatefulFileWordCount");
        try {
            Map<String, Long> once = referenceCounts(seed());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(options.output).equals(once));

            FileDropper.drop(seed(), watched, 3, 4);

            Map<String, Long> twice = new HashMap<>();
            once.forEach((word, count) -> twice.put(word, 2 * count));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(options.output).equals(twice));
            // The full state every batch, also while no file arrives.
            int published = BatchFiles.list(options.output).size();
            await().atMost(Duration.ofSeconds(20)).until(() -> BatchFiles.list(options.output).size() >= published + 2);
            assertThat(BatchFiles.newest(options.output)).isEqualTo(twice);
        } finally {
            StreamingJobTestSupport.cancel(job);
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
        options.cores = 2;
        options.state.changes(true);
        options.validate();
        StreamExecutionEnvironment env = StreamingJobs.environment(options, new org.apache.flink.configuration.Configuration());
        StatefulFileWordCount.addTo(env, options);
        JobClient job = env.executeAsync("StatefulFileWordCount");
        try {
            Map<String, Long> once = referenceCounts(seed());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.upserted(options.output).equals(once));
            FileDropper.dropText(watched, "new.txt", "zzz-changed zzz-changed\n");
            Map<String, Long> after = new HashMap<>(once);
            after.put("zzz-changed", 2L);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.upserted(options.output).equals(after));
            assertThat(BatchFiles.newest(options.output)).isEqualTo(Map.of("zzz-changed", 2L));
        } finally {
            StreamingJobTestSupport.cancel(job);
        }
    }
}
