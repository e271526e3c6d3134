package dev.streamcompare.flink;

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
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.FileDropper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FileWordCountTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = StreamingJobTestSupport.miniCluster();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void readsEveryVisibleFileOnceWhetherPresentAtStartOrMovedInLater(Variant variant) throws Exception {
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
        options.variant = variant;
        options.cores = 2;
        options.validate();
        StreamExecutionEnvironment env = StreamingJobs.environment(options, new org.apache.flink.configuration.Configuration());
        FileWordCount.addTo(env, options);
        JobClient job = env.executeAsync("FileWordCount");
        try {
            FileDropper.drop(seed(), watched, 5, 4);
            Files.writeString(watched.resolve("_late.txt"), "also skipped\n");

            Map<String, Long> expected = new HashMap<>();
            referenceCounts(seed()).forEach((word, count) -> expected.put(word, 2 * count));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));

            // Read once: two more batch intervals add nothing; no file name stopped the job.
            Thread.sleep(2_500); // a bounded look for extra output, not a wait for a condition
            assertThat(BatchFiles.sum(options.output)).isEqualTo(expected);
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
        } finally {
            StreamingJobTestSupport.cancel(job);
        }
    }
}
