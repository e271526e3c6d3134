package dev.streamcompare.flink;

import static dev.streamcompare.flink.StreamingJobTestSupport.environment;
import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.testkit.Fixtures;
import dev.streamcompare.testkit.TextServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import dev.streamcompare.common.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SocketWordCountTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = StreamingJobTestSupport.miniCluster();

    @TempDir
    Path folder;

    private SocketOptions options(TextServer server) {
        SocketOptions options = new SocketOptions();
        options.host = "127.0.0.1";
        options.port = server.port();
        options.batchSeconds = 2;
        options.output = folder.resolve("out");
        options.print = 0;
        options.validate();
        return options;
    }

    private JobClient start(SocketOptions options) throws Exception {
        StreamExecutionEnvironment env = environment();
        SocketWordCount.addTo(env, options);
        return env.executeAsync("SocketWordCount");
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void countsEveryWordWhenTheServerClosesRightAfterTheLastLine(Variant variant) throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            SocketOptions options = options(server);
            options.variant = variant;
            options.cores = 2;
            StreamExecutionEnvironment env = StreamingJobs.environment(options, new org.apache.flink.configuration.Configuration());
            SocketWordCount.addTo(env, options);
            JobClient job = env.executeAsync("SocketWordCount");

            // Processing-time windows would drop every pending batch here; the job must not.
            job.getJobExecutionResult().get(90, TimeUnit.SECONDS);

            assertThat(BatchFiles.sum(options.output)).isEqualTo(referenceCounts(seed()));
        }
    }

    /** Batches of 100 ms: windows, watermarks and file names on the 100 ms grid, every word counted once. */
    @Test
    void countsEveryWordInBatchesOf100Milliseconds() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            SocketOptions options = options(server);
            options.batchMs = 100;
            options.cores = 2;
            options.validate();
            StreamExecutionEnvironment env = StreamingJobs.environment(options, new org.apache.flink.configuration.Configuration());
            SocketWordCount.addTo(env, options);
            env.executeAsync("SocketWordCount").getJobExecutionResult().get(90, TimeUnit.SECONDS);

            assertThat(BatchFiles.sum(options.output)).isEqualTo(referenceCounts(seed()));
            assertThat(BatchFiles.list(options.output)).allSatisfy(file -> assertThat(BatchFiles.batchEnd(file) % 100).isZero());
        }
    }

    @Test
    void publishesTheLastBatchWithinTwoBatchIntervalsWhenTheServerGoesQuiet() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, false)) {
            SocketOptions options = options(server);
            JobClient job = start(options);
            try {
                server.sent().get(60, TimeUnit.SECONDS);
                Map<String, Long> expected = referenceCounts(seed());

                // A watermark that only advances with records would hold the last batch forever.
                await().atMost(Duration.ofSeconds(2L * options.batchSeconds)).pollInterval(Duration.ofMillis(50))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
            } finally {
                StreamingJobTestSupport.cancel(job);
            }
        }
    }

    /** A producer that closes and comes back on the same port: with --max-retry, the job reads it again. */
    @Test
    void connectsAgainWhenTheServerClosesAndComesBackWithMaxRetry() throws Exception {
        SocketOptions options;
        JobClient job;
        try (TextServer first = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            options = options(first);
            options.maxRetry = -1;
            job = start(options);
            first.sent().get(60, TimeUnit.SECONDS);
        }
        try {
            // The producer's downtime, part of the scenario (not a wait for a condition): a few
            // retry intervals of refused connections, which must be retried, not fatal.
            Thread.sleep(1_500);
            try (TextServer second = TextServer.start("127.0.0.1", options.port, seed(), 1, 0, true)) {
                Map<String, Long> twice = new java.util.HashMap<>();
                referenceCounts(seed()).forEach((word, count) -> twice.put(word, 2 * count));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(twice));
                assertThat(job.getJobStatus().get()).isEqualTo(org.apache.flink.api.common.JobStatus.RUNNING);
            }
        } finally {
            StreamingJobTestSupport.cancel(job);
        }
    }

    @Test
    void decodesUtf8WhateverThePlatformCharset() throws Exception {
        Path text = Fixtures.unicodeText(folder);
        try (TextServer server = TextServer.start("127.0.0.1", 0, text, 1, 0, true)) {
            SocketOptions options = options(server);
            start(options).getJobExecutionResult().get(60, TimeUnit.SECONDS);

            assertThat(BatchFiles.sum(options.output))
                    .isEqualTo(referenceCounts(text))
                    .containsEntry("caf\u00E9", 3L).containsEntry("\u00FCber", 2L).containsEntry("\uD83D\uDE00", 1L);
        }
    }
}
