package dev.streamcompare.spark;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.SocketOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TextServer;
import dev.streamcompare.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class SocketWordCountTest {

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

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void countsEveryWordWhenTheServerClosesRightAfterTheLastLine(Variant variant) throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            SocketOptions options = options(server);
            options.variant = variant;
            JavaStreamingContext ssc = StreamingJobTestSupport.context(options);
            SocketWordCount.addTo(ssc, options);
            ssc.start();
            try {
                // The receiver then reconnects every 2 s, to a server that sends nothing more.
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
            } finally {
                StreamingJobTestSupport.stop(ssc);
            }
        }
    }

    /** Batches of 100 ms, blocks of 50: file names on the 100 ms grid, every word counted once. */
    @Test
    void countsEveryWordInBatchesOf100Milliseconds() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            SocketOptions options = options(server);
            options.batchMs = 100;
            options.validate();
            JavaStreamingContext ssc = StreamingJobTestSupport.context(options);
            assertThat(ssc.sparkContext().getConf().get("spark.streaming.blockInterval")).isEqualTo("50ms");
            SocketWordCount.addTo(ssc, options);
            ssc.start();
            try {
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
                assertThat(BatchFiles.list(options.output)).allSatisfy(file -> assertThat(BatchFiles.batchEnd(file) % 100).isZero());
            } finally {
                StreamingJobTestSupport.stop(ssc);
            }
        }
    }

    @Test
    void publishesTheLastBatchWithinTwoBatchIntervalsWhenTheServerGoesQuiet() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, false)) {
            SocketOptions options = options(server);
            JavaStreamingContext ssc = StreamingJobTestSupport.context(options);
            SocketWordCount.addTo(ssc, options);
            ssc.start();
            try {
                server.sent().get(60, TimeUnit.SECONDS);
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(2L * options.batchSeconds)).pollInterval(Duration.ofMillis(50))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
            } finally {
                StreamingJobTestSupport.stop(ssc);
            }
        }
    }

    @Test
    void decodesUtf8WhateverThePlatformCharset() throws Exception {
        Path text = Fixtures.unicodeText(folder);
        try (TextServer server = TextServer.start("127.0.0.1", 0, text, 1, 0, true)) {
            SocketOptions options = options(server);
            JavaStreamingContext ssc = StreamingJobTestSupport.context(options);
            SocketWordCount.addTo(ssc, options);
            ssc.start();
            try {
                Map<String, Long> expected = referenceCounts(text);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
                assertThat(expected).containsEntry("caf\u00E9", 3L).containsEntry("\u00FCber", 2L);
            } finally {
                StreamingJobTestSupport.stop(ssc);
            }
        }
    }
}
