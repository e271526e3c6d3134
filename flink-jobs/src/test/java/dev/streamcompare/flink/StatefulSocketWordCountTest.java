package dev.streamcompare.flink;

import static dev.streamcompare.flink.StreamingJobTestSupport.environment;
import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.StatefulSocketOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TextServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class StatefulSocketWordCountTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = StreamingJobTestSupport.miniCluster();

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

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void lastStateEqualsTheReferenceWhenTheServerCloses(Variant variant) throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            StatefulSocketOptions options = options(server);
            options.variant = variant;
            options.cores = 2;
            StreamExecutionEnvironment env = StreamingJobs.environment(options, new org.apache.flink.configuration.Configuration());
            StatefulSocketWordCount.addTo(env, options);
            env.executeAsync("StatefulSocketWordCount").getJobExecutionResult().get(90, TimeUnit.SECONDS);

            assertThat(BatchFiles.newest(options.output)).isEqualTo(referenceCounts(seed()));
        }
    }

    /**
     * The per-record variant at 100 ms: each file the new counts of the words that changed, none
     * empty, and the newest count of every word over all files the reference's.
     */
    @Test
    void perRecordChangesFoldToTheReferenceWhenTheServerCloses() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            StatefulSocketOptions options = options(server);
            options.variant = Variant.PER_RECORD;
            options.batchMs = 100;
            options.cores = 2;
            options.validate();
            StreamExecutionEnvironment env = StreamingJobs.environment(options, new org.apache.flink.configuration.Configuration());
            StatefulSocketWordCount.addTo(env, options);
            env.executeAsync("StatefulSocketWordCount").getJobExecutionResult().get(90, TimeUnit.SECONDS);

            Map<String, Long> expected = referenceCounts(seed());
            assertThat(BatchFiles.upserted(options.output)).isEqualTo(expected);
            assertThat(BatchFiles.list(options.output)).allSatisfy(file -> assertThat(BatchFiles.read(file)).isNotEmpty());
        }
    }

    /** What Flink has not: another engine's backend, Structured Streaming's transformWithState; refused before the folder is claimed. */
    @Test
    void otherEnginesBackendsAndVariantsAreRefusedInOneLine() {
        StatefulSocketOptions hdfs = new StatefulSocketOptions();
        hdfs.state.given(StateBackend.HDFS);
        assertThatThrownBy(() -> FlinkCheckpoints.backend(hdfs, hdfs.state)).isInstanceOf(BadInputException.class)
                .hasMessage("--state hdfs is not a state backend of Flink; it has hashmap, rocksdb, forst");
        StatefulSocketOptions tws = new StatefulSocketOptions();
        tws.variant = Variant.TRANSFORM_WITH_STATE;
        assertThatThrownBy(() -> FlinkCheckpoints.backend(tws, tws.state)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("transform-with-state is Structured Streaming's transformWithState");
    }

    @Test
    void aCountPerBatchRefusesThePerRecordVariant() {
        SocketOptions options = new SocketOptions();
        options.variant = Variant.PER_RECORD;
        StreamExecutionEnvironment env = environment();
        assertThatThrownBy(() -> SocketWordCount.addTo(env, options)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("per-record is for the stateful jobs");
    }

    @Test
    void publishesTheFullStateEveryBatchWhileTheInputIsQuiet() throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, false)) {
            StatefulSocketOptions options = options(server);
            StreamExecutionEnvironment env = environment();
            StatefulSocketWordCount.addTo(env, options);
            JobClient job = env.executeAsync("StatefulSocketWordCount");
            try {
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.newest(options.output).equals(expected));
                int published = BatchFiles.list(options.output).size();

                // As updateStateByKey: no input, yet a new batch carrying the whole state.
                await().atMost(Duration.ofSeconds(20)).until(() -> BatchFiles.list(options.output).size() >= published + 2);
                assertThat(BatchFiles.newest(options.output)).isEqualTo(expected);
            } finally {
                StreamingJobTestSupport.cancel(job);
            }
        }
    }
}
