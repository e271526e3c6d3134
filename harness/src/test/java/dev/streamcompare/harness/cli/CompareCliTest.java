package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
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
    void thePeerRunsUnlessLeftOutOrQuick() {
        CompareCli cli = new CompareCli();
        CompareCli.commandLine(cli).parseArgs("--repeat", "2");
        assertThat(cli.settings().selection().peer()).isTrue();
        CompareCli without = new CompareCli();
        CompareCli.commandLine(without).parseArgs("--no-peer");
        assertThat(without.settings().selection().peer()).isFalse();
        CompareCli quick = new CompareCli();
        CompareCli.commandLine(quick).parseArgs("--quick");
        assertThat(quick.settings().selection().peer()).isFalse();
    }

    @Test
    void theMaxRatePhaseIsWarmedUpUnlessQuick() {
        CompareCli full = new CompareCli();
        CompareCli.commandLine(full).parseArgs();
        assertThat(full.settings().warmUp()).isEqualTo(CompareCli.DEFAULT_WARM_UP);
        CompareCli quick = new CompareCli();
        CompareCli.commandLine(quick).parseArgs("--quick");
        assertThat(quick.settings().warmUp()).isZero();
        CompareCli named = new CompareCli();
        CompareCli.commandLine(named).parseArgs("--quick", "--warm-up", "3");
        assertThat(named.settings().warmUp()).isEqualTo(3);
        CompareCli small = new CompareCli();
        CompareCli.commandLine(small).parseArgs("--repeat", "2");
        assertThat(small.settings().warmUp()).isEqualTo(2);
    }

    @Test
    void quickRunsTheSeedsFourJobsUnlessJobsAreNamed() {
        CompareCli quick = new CompareCli();
        CompareCli.commandLine(quick).parseArgs("--quick");
        assertThat(quick.settings().selection().jobs()).containsExactly(Job.BATCH, Job.FILE, Job.SOCKET, Job.STATEFUL);
        assertThat(quick.settings().fixedRate().seconds()).isEqualTo(3);
        CompareCli named = new CompareCli();
        CompareCli.commandLine(named).parseArgs("--quick", "--jobs", "stateful-file");
        assertThat(named.settings().selection().jobs()).containsExactly(Job.STATEFUL_FILE);
        CompareCli full = new CompareCli();
        CompareCli.commandLine(full).parseArgs();
        assertThat(full.settings().selection().jobs()).as("the Kafka jobs need a broker: asked for by name")
                .containsExactly(Job.BATCH, Job.FILE, Job.SOCKET, Job.STATEFUL, Job.STATEFUL_FILE);
        assertThat(full.settings().needsKafka()).isFalse();
    }

    @Test
    void theKafkaJobsRunWhenNamedAndThenNeedABroker() {
        CompareCli kafka = new CompareCli();
        CompareCli.commandLine(kafka).parseArgs("--jobs", "kafka,stateful-kafka");
        assertThat(kafka.settings().selection().jobs()).containsExactly(Job.KAFKA, Job.STATEFUL_KAFKA);
        assertThat(kafka.settings().needsKafka()).isTrue();
        assertThat(kafka.settings().bootstrap()).as("none given: the invocation starts one").isNull();

        CompareCli given = new CompareCli();
        CompareCli.commandLine(given).parseArgs("--jobs", "kafka", "--bootstrap", "broker-1:9092,broker-2:9092");
        assertThat(given.settings().bootstrap()).isEqualTo("broker-1:9092,broker-2:9092");

        assertThat(given.settings().kafkaPartitions()).as("one per core by default").isEqualTo(given.settings().run().cores());
        CompareCli four = new CompareCli();
        CompareCli.commandLine(four).parseArgs("--jobs", "kafka", "--partitions", "4");
        assertThat(four.settings().kafkaPartitions()).isEqualTo(4);

        CliRun bad = CliRun.of("--jobs", "kafka", "--bootstrap", "broker-1");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--bootstrap must be HOST:PORT[,HOST:PORT...], got 'broker-1'").hasLineCount(1);
        CliRun none = CliRun.of("--jobs", "kafka", "--partitions", "0");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--partitions must be at least 1, got 0").hasLineCount(1);
    }

    /** --faults --quick keeps every fault run but the Kafka ones; --jobs picks fault runs, as it picks runs. */
    @Test
    void faultsRunTheFaultsOfTheJobsAskedFor() {
        CompareCli quick = new CompareCli();
        CompareCli.commandLine(quick).parseArgs("--faults", "--quick");
        assertThat(quick.settings().selection().jobs()).containsExactly(Job.BATCH, Job.FILE, Job.SOCKET, Job.STATEFUL, Job.STATEFUL_FILE);
        CompareCli kafka = new CompareCli();
        CompareCli.commandLine(kafka).parseArgs("--faults", "--quick", "--jobs", "stateful-kafka,kafka");
        assertThat(kafka.settings().selection().jobs()).containsExactly(Job.STATEFUL_KAFKA, Job.KAFKA);
        assertThat(kafka.settings().needsKafka()).isTrue();
    }

    /** --state all: each engine's every backend; a list picks backends; refused where no stateful job or mode takes it. */
    @Test
    void stateNamesTheBackendsOfTheStatefulJobsAndIsRefusedWhereNothingTakesIt() {
        CompareCli all = new CompareCli();
        CompareCli.commandLine(all).parseArgs("--jobs", "stateful,stateful-file", "--state", "all");
        assertThat(all.settings().selection().states()).containsExactly(StateBackend.values());
        CompareCli two = new CompareCli();
        CompareCli.commandLine(two).parseArgs("--faults", "--quick", "--jobs", "stateful-file", "--state", "RocksDB,forst,rocksdb");
        assertThat(two.settings().selection().states()).containsExactly(StateBackend.ROCKSDB, StateBackend.FORST);
        CompareCli distinct = new CompareCli();
        CompareCli.commandLine(distinct).parseArgs("--jobs", "stateful-file", "--distinct", "1000000");
        assertThat(distinct.settings().selection().distinct()).isEqualTo(1_000_000);
        for (String[] args : new String[][] {{"--jobs", "socket", "--state", "rocksdb"}, {"--soak", "1", "--jobs", "stateful", "--state", "all"},
                {"--jobs", "stateful", "--state", "memory"}, {"--jobs", "file", "--distinct", "10"}, {"--jobs", "stateful", "--distinct", "0"},
                {"--faults", "--jobs", "stateful", "--distinct", "10"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).containsAnyOf("--state needs a stateful job",
                    "--state is taken by the comparison and --faults only", "--state must be one of", "--distinct needs a stateful job",
                    "--distinct must be at least 1", "--distinct is taken by the comparison only").hasLineCount(1);
        }
    }

    @Test
    void unknownEngineOrJobIsOneLineAndExitCode2() {
        CliRun engine = CliRun.of("run", "storm", "batch");
        assertThat(engine.exit()).isEqualTo(2);
        assertThat(engine.err()).contains("unknown engine 'storm': expected one of flink, spark, spark-structured").hasLineCount(1);

        CliRun job = CliRun.of("run", "flink", "wordle");
        assertThat(job.exit()).isEqualTo(2);
        assertThat(job.err()).contains("unknown job 'wordle': expected one of batch, file, socket, stateful, stateful-file, kafka, stateful-kafka").hasLineCount(1);
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

    /** A port already in use, for the producer and for the consumer: one line, exit code 2. */
    @Test
    void serveAndConsumeOnAPortInUseAreOneLineAndExitCode2() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(busy.getLocalPort());
            CliRun serve = CliRun.of("serve", "--port", port, "--input", ProjectHome.seedText().toString());
            assertThat(serve.exit()).isEqualTo(2);
            assertThat(serve.err()).isEqualTo("compare.sh serve: error: cannot listen on 127.0.0.1:" + port
                    + ": Address already in use" + System.lineSeparator());

            CliRun consume = CliRun.of("consume", "--port", port);
            assertThat(consume.exit()).isEqualTo(2);
            assertThat(consume.err()).isEqualTo("compare.sh consume: error: cannot listen on 127.0.0.1:" + port
                    + ": Address already in use" + System.lineSeparator());
        }
    }

    /** The comparison's own options: caught before anything starts. */
    @Test
    void comparisonRefusesBadValuesInOneLine() {
        for (String[] args : new String[][] {{"--repeat", "0"}, {"--batch-seconds", "0"}, {"--batch-seconds", "-2"}, {"--runs", "0"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("must be at least 1").hasLineCount(1);
        }
        CliRun modes = CliRun.of("--faults", "--scaling");
        assertThat(modes.exit()).isEqualTo(2);
        assertThat(modes.err()).contains("--soak, --faults, --scaling and --frontier are runs of their own: give one of them")
                .hasLineCount(1);
        for (String[] args : new String[][] {{"--batch-ms", "5"}, {"--batch-seconds", "1", "--batch-ms", "500"},
                {"--frontier-ms", "500"}, {"--frontier", "--frontier-ms", "1000,5"}, {"--frontier", "--jobs", "file"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).containsAnyOf("at least 10 ms", "not both", "goes with --frontier",
                    "--frontier runs the socket and Kafka jobs").hasLineCount(1);
        }
        CliRun soak = CliRun.of("--soak", "0");
        assertThat(soak.exit()).isEqualTo(2);
        assertThat(soak.err()).contains("--soak must be at least 1 minute, got 0").hasLineCount(1);
        CliRun variant = CliRun.of("--variant", "fast");
        assertThat(variant.exit()).isEqualTo(2);
        assertThat(variant.err()).contains("--variant must be faithful, tuned or both, got 'fast'").hasLineCount(1);
        CliRun warmUp = CliRun.of("--warm-up", "-1");
        assertThat(warmUp.exit()).isEqualTo(2);
        assertThat(warmUp.err()).contains("--warm-up must be 0 or more, got -1").hasLineCount(1);
        CliRun engine = CliRun.of("--engines", "flink,storm");
        assertThat(engine.exit()).isEqualTo(2);
        assertThat(engine.err()).contains("unknown engine 'storm'").hasLineCount(1);
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
    void submitWithoutItsClusterOrWithABadAddressIsOneLineAndExitCode2() throws Exception {
        CliRun none = CliRun.of("submit", "flink", "socket", "--port", "9999");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("compare.sh submit: error: a Flink job needs --flink-rest HOST:PORT" + System.lineSeparator());

        CliRun scheme = CliRun.of("submit", "--spark-master", "127.0.0.1:7077", "spark", "socket");
        assertThat(scheme.exit()).isEqualTo(2);
        assertThat(scheme.err()).contains("--spark-master must be a standalone master URL spark://HOST:PORT, got '127.0.0.1:7077'")
                .hasLineCount(1);

        CliRun noPort = CliRun.of("submit", "--flink-rest", "localhost", "flink", "socket");
        assertThat(noPort.exit()).isEqualTo(2);
        assertThat(noPort.err()).contains("--flink-rest must be HOST:PORT, got 'localhost'").hasLineCount(1);

        CliRun nothingThere = CliRun.of("submit", "--spark-master", "spark://127.0.0.1:" + freePort(), "spark", "socket");
        assertThat(nothingThere.exit()).isEqualTo(2);
        assertThat(nothingThere.err()).contains("error: no Spark master listens on spark://127.0.0.1:").hasLineCount(1);

        CliRun noFlink = CliRun.of("submit", "--flink-rest", "127.0.0.1:" + freePort(), "flink", "socket");
        assertThat(noFlink.exit()).isEqualTo(2);
        assertThat(noFlink.err()).contains("error: no Flink cluster answers at 127.0.0.1:").hasLineCount(1);

        CliRun badPort = CliRun.of("--quick", "--flink-rest", "localhost:99999");
        assertThat(badPort.exit()).isEqualTo(2);
        assertThat(badPort.err()).contains("--flink-rest: port must be 0..65535, got 99999").hasLineCount(1);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"run", "submit", "serve", "drop", "reference", "consume", "send", "produce"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: compare.sh " + command);
        }
    }
}
