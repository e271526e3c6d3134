package dev.streamcompare.structured;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.StatefulKafkaOptions;
import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TestBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatefulKafkaWordCountTest {

    private static final Duration START_AND_COUNT = Duration.ofSeconds(120);
    private static final int PARTITIONS = 2;

    @TempDir
    Path folder;

    /**
     * Stopped after a committed micro-batch, the second half of the input sent while it is down,
     * then started again on the same checkpoint: the final state counts every record once. Unlike
     * the socket job, the Kafka one resumes: its offsets are in the offset log, its state in the
     * state store, both in the checkpoint.
     */
    @Test
    void aQueryStartedAgainOnItsCheckpointEndsWithEveryRecordCountedOnce() throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("structured-stateful-kafka", PARTITIONS);
        List<String> lines = TextFiles.lines(seed());
        List<String> firstHalf = lines.subList(0, lines.size() / 2);
        broker.send(topic, PARTITIONS, firstHalf);
        StatefulKafkaOptions options = broker.options(new StatefulKafkaOptions(), topic, Variant.FAITHFUL, folder);

        Map<String, Long> half = referenceCounts(Files.write(folder.resolve("half.txt"), firstHalf, StandardCharsets.UTF_8));
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery first = StatefulKafkaWordCount.query(spark, options).start();
        try {
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(options.output).equals(half));
        } finally {
            first.stop();
        }
        broker.send(topic, PARTITIONS, lines.subList(lines.size() / 2, lines.size()));
        StreamingQuery second = StatefulKafkaWordCount.query(spark, options).start();
        try {
            Map<String, Long> expected = referenceCounts(seed());
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.stop(second, spark);
        }
    }
}
