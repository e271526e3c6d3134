package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.ProjectHome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Launches the packaged job jars in child JVMs, as ./compare.sh run does. */
class RunCommandIT {

    @ParameterizedTest
    @ValueSource(strings = {"flink", "spark", "spark-structured"})
    void batchJobPrintsTheSeedsTopFiveAndExits0(String engine) {
        CliRun run = CliRun.of("run", engine, "batch", "--input", ProjectHome.seedText().toString(), "--top", "5");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("the\t13600", "of\t8127", "and\t6542", "a\t5842", "to\t4787");
    }

    /** The whole result, as the output contract writes it, is byte for byte the Python oracle's file. */
    @ParameterizedTest
    @ValueSource(strings = {"flink", "spark", "spark-structured"})
    void batchJobWithOutputWritesEveryWordOfTheSeedAsThePythonOracleDoes(String engine, @TempDir Path out) throws Exception {
        CliRun run = CliRun.of("run", engine, "batch", "--input", ProjectHome.seedText().toString(), "--top", "5",
                "--output", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("the\t13600", "of\t8127", "and\t6542", "a\t5842", "to\t4787");
        assertThat(BatchFiles.list(out)).singleElement().satisfies(file ->
                assertThat(Files.mismatch(file, ProjectHome.seedOracle())).as("first differing byte").isEqualTo(-1L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flink", "spark", "spark-structured"})
    void batchJobWithAMissingInputIsOneLineAndExitCode2(String engine) {
        CliRun run = CliRun.of("run", engine, "batch", "--input", "no/such/file.txt");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("BatchWordCount: error: input file not found: no/such/file.txt (see --help)" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    /** A Kafka job with no broker at its address: one line, exit 2, within the connect bound, whatever the engine. */
    @ParameterizedTest
    @ValueSource(strings = {"flink", "spark", "spark-structured"})
    void kafkaJobWithNoBrokerIsOneLineAndExitCode2(String engine, @TempDir Path checkpoint) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        CliRun run = CliRun.of("run", engine, "kafka", "--bootstrap", "127.0.0.1:" + port, "--topic", "lines",
                "--checkpoint", checkpoint.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("KafkaWordCount: error: no Kafka broker answered at 127.0.0.1:" + port + " within 15 s: "
                + "start one (cluster/start kafka) or give its address with --bootstrap" + System.lineSeparator());
    }

    /** A topic that does not exist on the broker: one line, exit 2, naming it; the broker makes none of its own accord. */
    @ParameterizedTest
    @ValueSource(strings = {"flink", "spark", "spark-structured"})
    void kafkaJobWithAMissingTopicIsOneLineAndExitCode2(String engine, @TempDir Path checkpoint) throws Exception {
        dev.streamcompare.testkit.TestBroker broker = dev.streamcompare.testkit.TestBroker.shared();
        CliRun run = CliRun.of("run", engine, "stateful-kafka", "--bootstrap", broker.bootstrap(), "--topic", "no-such-topic",
                "--checkpoint", checkpoint.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("StatefulKafkaWordCount: error: topic 'no-such-topic' does not exist on the Kafka broker at "
                + broker.bootstrap() + ": create it first (./compare.sh produce makes it, or kafka-topics.sh --create)"
                + System.lineSeparator());
    }
}
