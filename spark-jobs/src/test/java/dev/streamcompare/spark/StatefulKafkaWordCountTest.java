package dev.streamcompare.spark;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.StatefulKafkaOptions;
import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TestBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatefulKafkaWordCountTest {

    private static final int PARTITIONS = 2;

    @TempDir
    Path folder;

    /**
     * Stopped at once (no draining) after a checkpoint, the second half of the input sent while it
     * is down, then revived from the same folder: the final state counts every record once. A
     * context made afresh would miss the first half's counts; one that kept the state but read
     * from the earliest offsets would count the first half twice.
     */
    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void aContextRevivedFromItsCheckpointEndsWithEveryRecordCountedOnce(Variant variant) throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("spark-stateful-kafka-" + variant, PARTITIONS);
        List<String> lines = TextFiles.lines(seed());
        broker.send(topic, PARTITIONS, lines.subList(0, lines.size() / 2));
        StatefulKafkaOptions options = broker.options(new StatefulKafkaOptions(), topic, variant, folder);

        JavaStreamingContext first = StatefulKafkaWordCount.context(options);
        first.start();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !BatchFiles.list(options.output).isEmpty() && hasCheckpoint(options.checkpoint));
        } finally {
            StreamingJobTestSupport.stop(first);
        }
        broker.send(topic, PARTITIONS, lines.subList(lines.size() / 2, lines.size()));
        JavaStreamingContext second = StatefulKafkaWordCount.context(options);
        second.start();
        try {
            Map<String, Long> expected = referenceCounts(seed());
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.stop(second);
        }
    }

    /** Whether Spark has written a metadata checkpoint ({@code checkpoint-<time>}) into {@code folder}. */
    private static boolean hasCheckpoint(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("checkpoint-"));
        }
    }
}
