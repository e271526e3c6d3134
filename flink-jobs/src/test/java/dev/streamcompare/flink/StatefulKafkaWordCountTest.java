package dev.streamcompare.flink;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.StatefulKafkaOptions;
import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        StreamExecutionEnvironment env = StreamingJobs.environment(options, FlinkCheckpoints.configure(options.checkpoint, options.batchMillis()));
        StatefulKafkaWordCount.addTo(env, options);
        return env.executeAsync("StatefulKafkaWordCount");
    }

    /**
     * Cancelled after a checkpoint, the second half of the input sent while it is down, then started
     * again on the same folder: the final state counts every record once. A restart that ignored its
     * checkpoint would miss the first half's counts; one that kept the counts but read from the
     * earliest offsets would count the first half twice.
     */
    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void aRestartOnItsCheckpointEndsWithEveryRecordCountedOnce(Variant variant) throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("flink-stateful-kafka-" + variant, PARTITIONS);
        List<String> lines = TextFiles.lines(seed());
        broker.send(topic, PARTITIONS, lines.subList(0, lines.size() / 2));
        StatefulKafkaOptions options = options(broker, topic, variant);
        // Heartbeats only while a job runs: records sent beside them could be stamped behind one of them.
        JobClient first = start(options);
        try (AutoCloseable heartbeats = broker.heartbeats(topic, PARTITIONS)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> FlinkCheckpoints.newest(options.checkpoint).isPresent() && !BatchFiles.list(options.output).isEmpty());
        } finally {
            StreamingJobTestSupport.cancel(first);
        }
        broker.send(topic, PARTITIONS, lines.subList(lines.size() / 2, lines.size()));
        JobClient second = start(options);
        try (AutoCloseable heartbeats = broker.heartbeats(topic, PARTITIONS)) {
            Map<String, Long> expected = referenceCounts(seed());
            StreamingJobTestSupport.awaitCounts(second, Duration.ofSeconds(90), () -> BatchFiles.newest(options.output), expected);
        } finally {
            StreamingJobTestSupport.cancel(second);
        }
    }
}
