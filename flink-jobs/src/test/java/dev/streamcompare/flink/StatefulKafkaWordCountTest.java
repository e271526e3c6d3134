package dev.streamcompare.flink;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatefulKafkaWordCountTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = StreamingJobTestSupport.miniCluster();

    private static final int PARTITIONS = 2;

    @TempDir
    Path folder;

    private StatefulKafkaOptions options(TestBroker broker, String topic, Variant variant) {
        return broker.options(new StatefulKafkaOptions(), topic, variant, folder);
    }

    private static JobClient start(StatefulKafkaOptions options) throws Exception {
        StreamExecutionEnvironment env = StreamingJobs.environment(options,
                FlinkCheckpoints.configure(options.checkpoint, options.batchMillis(), FlinkCheckpoints.backend(options, options.state)));
        StatefulKafkaWordCount.addTo(env, options);
        return env.executeAsync("StatefulKafkaWordCount");
    }

    static Stream<Arguments> setups() {
        return Stream.of(
                Arguments.of(Variant.FAITHFUL, StateBackend.HASHMAP),
                Arguments.of(Variant.TUNED, StateBackend.HASHMAP),
                Arguments.of(Variant.FAITHFUL, StateBackend.ROCKSDB),
                Arguments.of(Variant.FAITHFUL, StateBackend.FORST));
    }

    /**
     * Cancelled after a checkpoint that holds the first half of the input, the records of that half
     * deleted from the topic, the second half sent, then started again on the same folder: the
     * final state counts every record once, on every state backend. A restart that ignored its
     * checkpoint would count only the second half (the first is gone from the topic: shown to fail
     * so); one that restored the counts but not the offsets, and read from the newest, would miss
     * the second half. The backend asked
     * for is the one that wrote the checkpoints: RocksDB and ForSt upload their SST files to the
     * checkpoints' shared folder (incremental checkpoints), the heap backend writes none there.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("setups")
    void aRestartOnItsCheckpointEndsWithEveryRecordCountedOnce(Variant variant, StateBackend backend) throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("flink-stateful-kafka-" + variant + "-" + backend, PARTITIONS);
        List<String> lines = TextFiles.lines(seed());
        List<String> firstHalf = lines.subList(0, lines.size() / 2);
        broker.send(topic, PARTITIONS, firstHalf);
        StatefulKafkaOptions options = options(broker, topic, variant);
        options.state.given(backend);
        // Heartbeats only while a job runs: records sent beside them could be stamped behind one of them.
        JobClient first = start(options);
        try (AutoCloseable heartbeats = broker.heartbeats(topic, PARTITIONS)) {
            StreamingJobTestSupport.awaitCounts(first, Duration.ofSeconds(90), () -> BatchFiles.newest(options.output),
                    WordCounter.countLines(firstHalf).toMap());
            Optional<Path> before = FlinkCheckpoints.newest(options.checkpoint);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> FlinkCheckpoints.newest(options.checkpoint).filter(c -> !Optional.of(c).equals(before)).isPresent());
        } finally {
            StreamingJobTestSupport.cancel(first);
        }
        broker.deleteRecords(topic);
        broker.send(topic, PARTITIONS, lines.subList(lines.size() / 2, lines.size()));
        JobClient second = start(options);
        try (AutoCloseable heartbeats = broker.heartbeats(topic, PARTITIONS)) {
            Map<String, Long> expected = referenceCounts(seed());
            StreamingJobTestSupport.awaitCounts(second, Duration.ofSeconds(90), () -> BatchFiles.newest(options.output), expected);
        } finally {
            StreamingJobTestSupport.cancel(second);
        }
        if (backend == StateBackend.HASHMAP) {
            assertThat(StreamingJobTestSupport.sharedFiles(options.checkpoint)).as("incremental files of the heap backend").isZero();
        } else {
            assertThat(StreamingJobTestSupport.sharedFiles(options.checkpoint)).as("incremental files of " + backend).isPositive();
        }
    }
}
