package dev.streamcompare.structured;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.StatefulSocketOptions;
import dev.streamcompare.testkit.TextServer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatefulSocketWordCountTest {

    @TempDir
    Path folder;

    private StatefulSocketOptions options(TextServer server) {
        StatefulSocketOptions options = new StatefulSocketOptions();
        options.host = "127.0.0.1";
        options.port = server.port();
        options.batchSeconds = 1;
        options.output = folder.resolve("out");
        options.checkpoint = folder.resolve("checkpoint");
        options.print = 0;
        options.validate();
        return options;
    }

    @Test
    void publishesTheFullStateAfterEveryBatchWithInputAndItEqualsTheReference() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            StatefulSocketOptions options = options(server);
            SparkSession spark = StreamingJobTestSupport.session(options);
            StreamingQuery query = StatefulSocketWordCount.query(spark, options).start();
            try {
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.newest(options.output).equals(expected));
                int published = BatchFiles.list(options.output).size();

                // Unlike updateStateByKey and the Flink job: no input, no micro-batch, no new state file.
                await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                        .until(() -> BatchFiles.list(options.output).size() == published);
                assertThat(BatchFiles.newest(options.output)).isEqualTo(expected);
            } finally {
                StreamingJobTestSupport.stop(query, spark);
            }
        }
    }

    /**
     * The socket source numbers the lines of its connection from 0 and cannot replay. Resumed
     * from its checkpoint, the query meets a source whose offsets start again below the
     * checkpoint's, and fails at its first micro-batch (docs/semantics.md).
     */
    @Test
    void resumedFromItsCheckpointTheQueryFailsBecauseTheNewConnectionsOffsetsStartAgain() throws Exception {
        List<String> lines = Files.readAllLines(seed(), StandardCharsets.UTF_8);
        int cut = lines.size() * 30 / 100;
        Path partA = Files.write(folder.resolve("a.txt"), lines.subList(0, cut), StandardCharsets.UTF_8);
        Map<String, Long> countsA = referenceCounts(partA);
        StatefulSocketOptions options;
        try (TextServer serverA = TextServer.start("127.0.0.1", 0, partA, 1, 0, false)) {
            options = options(serverA);
            SparkSession spark = StreamingJobTestSupport.session(options);
            StreamingQuery query = StatefulSocketWordCount.query(spark, options).start();
            try {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.newest(options.output).equals(countsA));
            } finally {
                StreamingJobTestSupport.stop(query, spark);
            }
        }

        // A new server, which sends the rest of the text once the resumed query has connected.
        try (TextServer serverB = TextServer.listen("127.0.0.1", 0)) {
            options.port = serverB.port();
            SparkSession spark = StreamingJobTestSupport.session(options);
            StreamingQuery query = StatefulSocketWordCount.query(spark, options).start();
            try {
                Socket client = serverB.firstClient().get(90, TimeUnit.SECONDS);
                client.getOutputStream().write(String.join("\n", lines.subList(cut, lines.size())).getBytes(StandardCharsets.UTF_8));
                client.getOutputStream().flush();

                assertThatThrownBy(() -> query.awaitTermination(90_000))
                        .isInstanceOf(StreamingQueryException.class)
                        .hasMessageContaining("Offsets committed out of order: ");
                assertThat(BatchFiles.newest(options.output)).isEqualTo(countsA);
            } finally {
                StreamingJobTestSupport.stop(query, spark);
            }
        }
    }
}
