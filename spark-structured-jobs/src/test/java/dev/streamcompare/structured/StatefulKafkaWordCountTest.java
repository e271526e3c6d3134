package dev.streamcompare.structured;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.StatefulKafkaOptions;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.Variant;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.testkit.TestBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class StatefulKafkaWordCountTest {

    private static final Duration START_AND_COUNT = Duration.ofSeconds(120);
    private static final int PARTITIONS = 2;

    @TempDir
    Path folder;

    /**
     * Stopped after a committed micro-batch that holds the first half of the input, the records of
     * that half deleted from the topic, the second half sent, then started again on the same
     * checkpoint: the final state counts every record once, on both state stores. Unlike the socket
     * job, the Kafka one resumes: its offsets are in the offset log, its state in the state store,
     * both in the checkpoint; a start that ignored them would count only the second half. The store
     * asked for is the one that wrote the state: with changelog checkpointing, RocksDB's writes
     * {@code .changelog} files, the HDFS-backed one {@code .delta} files.
     */
    static Stream<Arguments> setups() {
        return Stream.of(Arguments.of(Variant.FAITHFUL, StateBackend.HDFS), Arguments.of(Variant.FAITHFUL, StateBackend.ROCKSDB),
                Arguments.of(Variant.TRANSFORM_WITH_STATE, StateBackend.ROCKSDB));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("setups")
    void aQueryStartedAgainOnItsCheckpointEndsWithEveryRecordCountedOnce(Variant variant, StateBackend backend) throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("structured-stateful-kafka-" + variant + "-" + backend, PARTITIONS);
        List<String> lines = TextFiles.lines(seed());
        List<String> firstHalf = lines.subList(0, lines.size() / 2);
        broker.send(topic, PARTITIONS, firstHalf);
        StatefulKafkaOptions options = broker.options(new StatefulKafkaOptions(), topic, variant, folder);
        if (variant == Variant.FAITHFUL) {
            options.state.given(backend); // transformWithState runs on RocksDB, not asked for
        }
        // The faithful query publishes its full state each micro-batch, transformWithState the words that changed.
        Supplier<Map<String, Long>> state = variant == Variant.FAITHFUL ? () -> BatchFiles.newest(options.output)
                : () -> BatchFiles.upserted(options.output);

        Map<String, Long> half = WordCounter.countLines(firstHalf).toMap();
        SparkSession spark = StreamingJobTestSupport.session(options);
        StreamingQuery first = StatefulKafkaWordCount.query(spark, options).start();
        try {
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> state.get().equals(half) && everyBatchCommitted(options.checkpoint));
        } finally {
            first.stop();
        }
        broker.deleteRecords(topic);
        broker.send(topic, PARTITIONS, lines.subList(lines.size() / 2, lines.size()));
        StreamingQuery second = StatefulKafkaWordCount.query(spark, options).start();
        try {
            Map<String, Long> expected = referenceCounts(seed());
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> state.get().equals(expected));
        } finally {
            StreamingJobTestSupport.stop(second, spark);
        }
        String written = backend == StateBackend.ROCKSDB ? ".changelog" : ".delta";
        String other = backend == StateBackend.ROCKSDB ? ".delta" : ".changelog";
        assertThat(stateFiles(options.checkpoint, written)).as(written + " files of " + backend).isPositive();
        assertThat(stateFiles(options.checkpoint, other)).as(other + " files of " + backend).isZero();
    }

    /** Whether every micro-batch planned in the offset log has its entry in the commit log. */
    private static boolean everyBatchCommitted(Path checkpoint) throws IOException {
        return newestBatch(checkpoint.resolve("offsets")) >= 0
                && newestBatch(checkpoint.resolve("offsets")) == newestBatch(checkpoint.resolve("commits"));
    }

    private static long newestBatch(Path log) throws IOException {
        if (!Files.isDirectory(log)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(log)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d+")).mapToLong(Long::parseLong).max().orElse(-1);
        }
    }

    private static long stateFiles(Path checkpoint, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(checkpoint.resolve("state"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
