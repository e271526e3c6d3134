package dev.streamcompare.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class CompareCliTest {

    @Test
    void referencePrintsTheSeedsTopFive() {
        CliRun run = CliRun.of("reference", "--input", ProjectHome.seedText().toString(), "--top", "5");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).containsExactly("the\t13600", "of\t8127", "and\t6542", "a\t5842", "to\t4787");
        assertThat(run.err()).contains("267976 words, 50106 distinct");
    }

    @Test
    void referenceWithAMissingInputIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("reference", "--input", "no/such.txt");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("compare.sh reference: error: input file not found: no/such.txt" + System.lineSeparator());
    }

    @Test
    void enginesAreNamedLowerCaseWithHyphens() {
        assertThat(new LowerCaseEnums.EngineConverter().convert("spark-structured")).isEqualTo(Engine.SPARK_STRUCTURED);
        assertThat(new LowerCaseEnums.EngineConverter().convert("Spark_Structured")).isEqualTo(Engine.SPARK_STRUCTURED);
        assertThat(Engine.SPARK_STRUCTURED).hasToString("spark-structured");
        assertThat(new CompareCli().engines).containsExactly(Engine.FLINK, Engine.SPARK, Engine.SPARK_STRUCTURED);
    }

    @Test
    void unknownEngineOrJobIsOneLineAndExitCode2() {
        CliRun engine = CliRun.of("run", "storm", "batch");
        assertThat(engine.exit()).isEqualTo(2);
        assertThat(engine.err()).contains("unknown engine 'storm': expected one of flink, spark, spark-structured").hasLineCount(1);

        CliRun job = CliRun.of("run", "flink", "wordle");
        assertThat(job.exit()).isEqualTo(2);
        assertThat(job.err()).contains("unknown job 'wordle': expected one of batch, file, socket, stateful").hasLineCount(1);
    }

    @Test
    void sendToAPortWhereNothingListensIsOneLineAndExitCode2() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        CliRun run = CliRun.of("send", "--connect", "127.0.0.1:" + port, "--input", ProjectHome.seedText().toString(), "--delay", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("compare.sh send: error: nothing listens on 127.0.0.1:" + port).hasLineCount(1);
    }

    @Test
    void badPortIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("consume", "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("port must be 0..65535, got 70000").hasLineCount(1);
    }

    @Test
    void serveAndDropRefuseBadValuesInOneLine() {
        String seed = ProjectHome.seedText().toString();
        CliRun rate = CliRun.of("serve", "--port", "0", "--input", seed, "--rate", "fast");
        assertThat(rate.exit()).isEqualTo(2);
        assertThat(rate.err()).contains("--rate must be a positive number of lines per second or 'max'").hasLineCount(1);

        CliRun repeat = CliRun.of("serve", "--port", "0", "--input", seed, "--repeat", "0");
        assertThat(repeat.exit()).isEqualTo(2);
        assertThat(repeat.err()).contains("--repeat must be at least 1, got 0").hasLineCount(1);

        CliRun missing = CliRun.of("drop", "--dir", "target/drop-test", "--input", "no/such.txt");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("compare.sh drop: error: input file not found: no/such.txt" + System.lineSeparator());

        CliRun files = CliRun.of("drop", "--dir", "target/drop-test", "--input", seed, "--files", "0");
        assertThat(files.exit()).isEqualTo(2);
        assertThat(files.err()).contains("--files must be at least 1, got 0").hasLineCount(1);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "serve", "drop", "reference", "consume", "send"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: compare.sh " + command);
        }
    }
}
