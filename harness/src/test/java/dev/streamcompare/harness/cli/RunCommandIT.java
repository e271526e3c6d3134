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
}
