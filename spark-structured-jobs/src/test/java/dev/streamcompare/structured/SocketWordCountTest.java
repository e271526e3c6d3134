package dev.streamcompare.structured;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.JobArgs;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.testkit.Fixtures;
import dev.streamcompare.testkit.TextServer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
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

    @Test
    void countsEveryWordWhenTheServerClosesRightAfterTheLastLine() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            SocketOptions options = options(server);
            SparkSession spark = StreamingJobTestSupport.session(options);
            StreamingQuery query = SocketWordCount.query(spark, options).start();
            try {
                // The source then reads nothing more, and the query goes on without input.
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
                assertThat(query.isActive()).isTrue();
            } finally {
                StreamingJobTestSupport.stop(query, spark);
            }
        }
    }

    /** A trigger every 100 ms: every word counted once, each micro-batch named on the 100 ms grid or just after the one before. */
    @Test
    void countsEveryWordWithATriggerEvery100Milliseconds() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            SocketOptions options = options(server);
            options.batchMs = 100;
            options.validate();
            SparkSession spark = StreamingJobTestSupport.session(options);
            StreamingQuery query = SocketWordCount.query(spark, options).start();
            try {
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
            } finally {
                StreamingJobTestSupport.stop(query, spark);
            }
        }
    }

    /**
     * The server stays open and goes quiet: the last line is out within two batch intervals. Timed
     * on a small last line after the seed text: the first micro-batches also plan and compile the
     * query, and one that holds the whole seed text takes seconds by itself on this machine.
     */
    @Test
    void publishesTheLastBatchWithinTwoBatchIntervalsWhenTheServerGoesQuiet() throws Exception {
        try (TextServer server = TextServer.listen("127.0.0.1", 0)) {
            SocketOptions options = options(server);
            SparkSession spark = StreamingJobTestSupport.session(options);
            StreamingQuery query = SocketWordCount.query(spark, options).start();
            try {
                Socket client = server.firstClient().get(60, TimeUnit.SECONDS);
                client.getOutputStream().write(Files.readAllBytes(seed()));
                client.getOutputStream().flush();
                Map<String, Long> expected = new HashMap<>(referenceCounts(seed()));
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));

                client.getOutputStream().write("last words\n".getBytes(StandardCharsets.UTF_8));
                client.getOutputStream().flush();
                expected.merge("last", 1L, Long::sum);
                expected.merge("words", 1L, Long::sum);
                await().atMost(Duration.ofSeconds(2L * options.batchSeconds)).pollInterval(Duration.ofMillis(50))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
            } finally {
                StreamingJobTestSupport.stop(query, spark);
            }
        }
    }

    @Test
    void decodesUtf8WhateverThePlatformCharset() throws Exception {
        Path text = Fixtures.unicodeText(folder);
        try (TextServer server = TextServer.start("127.0.0.1", 0, text, 1, 0, true)) {
            SocketOptions options = options(server);
            SparkSession spark = StreamingJobTestSupport.session(options);
            StreamingQuery query = SocketWordCount.query(spark, options).start();
            try {
                Map<String, Long> expected = referenceCounts(text);
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.sum(options.output).equals(expected));
                assertThat(expected).containsEntry("caf\u00E9", 3L).containsEntry("\u00FCber", 2L);
            } finally {
                StreamingJobTestSupport.stop(query, spark);
            }
        }
    }

    /** Spark's socket source decodes with the platform charset: on another than UTF-8, the job refuses to start. */
    @Test
    void refusesToStartOnAPlatformCharsetOtherThanUtf8() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, false);
             JobJvm job = JobJvm.startWithCharset(SocketWordCount.class, folder.resolve("job.log"), "ISO-8859-1",
                     new JobArgs().socket("127.0.0.1", server.port()))) {
            assertThat(job.waitFor(60)).isEqualTo(2);
            assertThat(job.output()).isEqualTo("SocketWordCount: error: the socket source decodes with the platform charset, "
                    + "here ISO-8859-1, not UTF-8: start the JVM with -Dfile.encoding=UTF-8\n");
        }
    }

    @Test
    void withNothingListeningFailsInOneLine() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (JobJvm job = JobJvm.start(SocketWordCount.class, folder.resolve("job.log"),
                new JobArgs().socket("127.0.0.1", port).print(0))) {
            assertThat(job.waitFor(90)).as(job.output()).isEqualTo(1);
            assertThat(job.output()).endsWith("SocketWordCount: failed: ConnectException: Connection refused\n");
        }
    }
}
