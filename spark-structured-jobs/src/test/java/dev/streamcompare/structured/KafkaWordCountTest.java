package dev.streamcompare.structured;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaWordCountTest {

    private static final Duration START_AND_COUNT = Duration.ofSeconds(120);
    private static final int PARTITIONS = 2;

    @TempDir
    Path folder;

    private KafkaOptions options(TestBroker broker, String topic) {
        return broker.options(new KafkaOptions(), topic, Variant.FAITHFUL, folder);
    }

    /** The whole backlog in one micro-batch (no maxOffsetsPerTrigger), every record counted once. */
    @Test
    void countsEveryRecordOfTheTopicOnce() throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("structured-kafka", PARTITIONS);
        broker.send(topic, PARTITIONS, TextFiles.lines(seed()));
        KafkaOptions options = options(broker, topic);
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery query = KafkaWordCount.query(spark, options).start();
        try {
            Map<String, Long> expected = referenceCounts(seed());
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.stop(query, spark);
        }
    }

    /** Malformed UTF-8 in a record's value becomes U+FFFD, as the file and socket sources decode it. */
    @Test
    void decodesAMalformedRecordAsTheOtherSourcesDo() throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("structured-kafka-utf8", 1);
        broker.sendBytes(topic, 0, new byte[] {'o', 'k', ' ', 'b', (byte) 0xC3, ' ', (byte) 0xFF, 'x'});
        KafkaOptions options = options(broker, topic);
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery query = KafkaWordCount.query(spark, options).start();
        try {
            Map<String, Long> expected = Map.of("ok", 1L, "b\uFFFD", 1L, "\uFFFDx", 1L);
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.stop(query, spark);
        }
    }
}
