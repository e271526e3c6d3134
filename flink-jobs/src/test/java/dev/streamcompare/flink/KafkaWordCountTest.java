package dev.streamcompare.flink;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TestBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KafkaWordCountTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = StreamingJobTestSupport.miniCluster();

    private static final int PARTITIONS = 2;

    @TempDir
    Path folder;

    private KafkaOptions options(TestBroker broker, String topic) {
        return broker.options(new KafkaOptions(), topic, Variant.FAITHFUL, folder);
    }

    private static JobClient start(KafkaOptions options) throws Exception {
        StreamExecutionEnvironment env = StreamingJobs.environment(options, FlinkCheckpoints.configure(options.checkpoint, options.batchMillis()));
        KafkaWordCount.addTo(env, options);
        return env.executeAsync("KafkaWordCount");
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void countsEveryRecordOfTheTopicOnceItsLastBatchIsClosedByARecordPastItsEnd(Variant variant) throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("flink-kafka-" + variant, PARTITIONS);
        broker.send(topic, PARTITIONS, TextFiles.lines(seed()));
        KafkaOptions options = options(broker, topic);
        options.variant = variant;
        JobClient job = start(options);
        try (AutoCloseable heartbeats = broker.heartbeats(topic, PARTITIONS)) {
            Map<String, Long> expected = referenceCounts(seed());
            StreamingJobTestSupport.awaitCounts(job, Duration.ofSeconds(90), () -> BatchFiles.sum(options.output), expected);
        } finally {
            StreamingJobTestSupport.cancel(job);
        }
    }

    /**
     * Cancelled after a checkpoint, then started again on the same folder with more records in the
     * topic: the records after the checkpoint are read again, each into the batch of its timestamp,
     * and those batches are published again under the same names, so the batch files hold every
     * record once. Batches named by when they were read would count the replayed records twice; a
     * restart from the newest offsets would lose the records between the checkpoint and the cancel.
     * (A restart that ignored its checkpoint would read the topic from the start and publish the
     * same batches again: event-time batches make even that correct, which is why the stateful
     * job's test is the one that tells a recovery from a cold start.)
     */
    @Test
    void aRestartOnItsCheckpointPublishesTheReplayedBatchesUnderTheirOwnNamesCountingEachRecordOnce() throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("flink-kafka-restart", PARTITIONS);
        List<String> lines = TextFiles.lines(seed());
        broker.send(topic, PARTITIONS, lines.subList(0, lines.size() / 2));
        KafkaOptions options = options(broker, topic);
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
            StreamingJobTestSupport.awaitCounts(second, Duration.ofSeconds(90), () -> BatchFiles.sum(options.output), expected);
        } finally {
            StreamingJobTestSupport.cancel(second);
        }
    }

    /** Malformed UTF-8 in a record's value becomes U+FFFD, as the file and socket sources decode it. */
    @Test
    void decodesAMalformedRecordAsTheOtherSourcesDo() throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("flink-kafka-utf8", 1);
        broker.sendBytes(topic, 0, new byte[] {'o', 'k', ' ', 'b', (byte) 0xC3, ' ', (byte) 0xFF, 'x'});
        KafkaOptions options = options(broker, topic);
        JobClient job = start(options);
        try (AutoCloseable heartbeats = broker.heartbeats(topic, 1)) {
            Map<String, Long> expected = new HashMap<>(Map.of("ok", 1L, "b\uFFFD", 1L, "\uFFFDx", 1L));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).equals(expected));
        } finally {
            StreamingJobTestSupport.cancel(job);
        }
    }

    /**
     * A record stamped behind its partition's watermark comes after its batch was published: the
     * window would drop it in silence. The job fails, naming the word. Its restart replays the
     * record from the last checkpoint, where it may be on time (the watermark starts again), and
     * then counts it: either way the word is not lost unseen.
     */
    @Test
    void aRecordBehindTheWatermarkFailsTheJobOrIsCountedOnReplayNeverDroppedInSilence() throws Exception {
        TestBroker broker = TestBroker.shared();
        String topic = broker.newTopic("flink-kafka-late", 1);
        broker.send(topic, 1, List.of("early"));
        KafkaOptions options = options(broker, topic);
        JobClient job = start(options);
        try (AutoCloseable heartbeats = broker.heartbeats(topic, 1)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.sum(options.output).containsKey("early"));
            broker.sendStamped(topic, 0, System.currentTimeMillis() - 60_000, "behind".getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> job.getJobExecutionResult().isDone() || BatchFiles.sum(options.output).containsKey("behind"));
            if (job.getJobExecutionResult().isDone()) {
                assertThatThrownBy(() -> job.getJobExecutionResult().get())
                        .isInstanceOf(ExecutionException.class)
                        .satisfies(e -> assertThat(stackText(e)).contains("word 'behind' would be lost"));
            } else {
                assertThat(BatchFiles.sum(options.output)).containsEntry("behind", 1L).containsEntry("early", 1L);
            }
        } finally {
            StreamingJobTestSupport.cancel(job); // a no-op on a job that has failed already
        }
    }

    private static String stackText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
