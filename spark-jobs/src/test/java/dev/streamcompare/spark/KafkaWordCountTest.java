package dev.streamcompare.spark;

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
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KafkaWordCountTest {

    private static final int PARTITIONS = 2;

    @TempDir
    Path folder;

    private KafkaOptions options(TestBroker broker, String topic, Variant variant) {
        return broker.options(new KafkaOptions(), topic, variant, folder);
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void countsEveryRecordOfTheTopicOnce(Variant variant) throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("spark-kafka-" + variant, PARTITIONS);
        broker.send(topic, PARTITIONS, TextFiles.lines(seed()));
        KafkaOptions options = options(broker, topic, variant);
        JavaStreamingContext ssc = KafkaWordCount.context(options);
        ssc.start();
        try {
            Map<String, Long> expected = referenceCounts(seed());
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.stop(ssc);
        }
    }

    /** Malformed UTF-8 in a record's value becomes U+FFFD, as the file and socket sources decode it. */
    @Test
    void decodesAMalformedRecordAsTheOtherSourcesDo() throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("spark-kafka-utf8", 1);
        broker.sendBytes(topic, 0, new byte[] {'o', 'k', ' ', 'b', (byte) 0xC3, ' ', (byte) 0xFF, 'x'});
        KafkaOptions options = options(broker, topic, Variant.FAITHFUL);
        JavaStreamingContext ssc = KafkaWordCount.context(options);
        ssc.start();
        try {
            Map<String, Long> expected = Map.of("ok", 1L, "b\uFFFD", 1L, "\uFFFDx", 1L);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.stop(ssc);
        }
    }
}
