package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What JobArgs builds, parsed by the jobs' own options classes: a misspelt flag fails here. */
class JobArgsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Parses {@code args} as a job does and expects it to go on (no help, no error). */
    private <T extends JobOptions> T parse(T options, JobArgs args) {
        int exit = JobCli.parse("Job", options, args.toArray(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("exit code (-1: the job goes on); stderr: %s", err.toString(StandardCharsets.UTF_8)).isEqualTo(-1);
        return options;
    }

    @Test
    void socketJobOptionsRoundTrip() {
        Path out = folder.resolve("out");
        SocketOptions options = parse(new SocketOptions(), new JobArgs().socket("127.0.0.1", 9999).maxRetry(-1)
                .batchSeconds(3).output(out).print(0).cores(2).variant(Variant.TUNED));
        assertThat(options.host).isEqualTo("127.0.0.1");
        assertThat(options.port).isEqualTo(9999);
        assertThat(options.maxRetry).isEqualTo(-1);
        assertThat(options.batchSeconds).isEqualTo(3);
        assertThat(options.output).isEqualTo(out);
        assertThat(options.print).isZero();
        assertThat(options.cores).isEqualTo(2);
        assertThat(options.variant).isEqualTo(Variant.TUNED);
    }

    @Test
    void statefulSocketJobOptionsRoundTrip() {
        Path checkpoint = folder.resolve("checkpoint");
        StatefulSocketOptions options = parse(new StatefulSocketOptions(),
                new JobArgs().socket("localhost", 10000).checkpoint(checkpoint).variant(Variant.FAITHFUL));
        assertThat(options.host).isEqualTo("localhost");
        assertThat(options.port).isEqualTo(10000);
        assertThat(options.checkpoint).isEqualTo(checkpoint);
        assertThat(options.variant).isEqualTo(Variant.FAITHFUL);
    }

    @Test
    void fileJobOptionsRoundTrip() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Path out = folder.resolve("out");
        FileStreamOptions options = parse(new FileStreamOptions(),
                new JobArgs().inputDir(in).output(out).batchSeconds(1).print(5).cores(1));
        assertThat(options.inputDir).isEqualTo(in);
        assertThat(options.output).isEqualTo(out);
        assertThat(options.batchSeconds).isEqualTo(1);
        assertThat(options.print).isEqualTo(5);
        assertThat(options.cores).isEqualTo(1);
    }

    @Test
    void statefulFileJobOptionsRoundTrip() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Path checkpoint = folder.resolve("checkpoint");
        StatefulFileOptions options = parse(new StatefulFileOptions(),
                new JobArgs().inputDir(in).checkpoint(checkpoint).variant(Variant.TUNED));
        assertThat(options.inputDir).isEqualTo(in);
        assertThat(options.checkpoint).isEqualTo(checkpoint);
        assertThat(options.variant).isEqualTo(Variant.TUNED);
    }

    @Test
    void kafkaJobOptionsRoundTrip() {
        Path checkpoint = folder.resolve("checkpoint");
        KafkaOptions options = parse(new KafkaOptions(), new JobArgs().kafka("127.0.0.1:9092,127.0.0.1:9093", "lines.v1", "g-1")
                .checkpoint(checkpoint).batchSeconds(1));
        assertThat(options.bootstrap).isEqualTo("127.0.0.1:9092,127.0.0.1:9093");
        assertThat(options.topic).isEqualTo("lines.v1");
        assertThat(options.group).isEqualTo("g-1");
        assertThat(options.checkpoint).isEqualTo(checkpoint);

        StatefulKafkaOptions stateful = parse(new StatefulKafkaOptions(), new JobArgs().kafka("localhost:1", "t", "g")
                .checkpoint(checkpoint));
        assertThat(stateful.topic).isEqualTo("t");
    }

    @Test
    void batchJobOptionsRoundTrip() throws Exception {
        Path text = Files.writeString(folder.resolve("text.txt"), "a b a\n");
        Path out = folder.resolve("out");
        BatchOptions fromPath = parse(new BatchOptions(), new JobArgs().input(text).top(7).cores(3).output(out));
        assertThat(fromPath.input).isEqualTo(text.toString());
        assertThat(fromPath.top).isEqualTo(7);
        assertThat(fromPath.cores).isEqualTo(3);
        assertThat(fromPath.output).isEqualTo(out);

        BatchOptions fromUri = parse(new BatchOptions(), new JobArgs().input(text.toUri().toString()));
        assertThat(fromUri.input).isEqualTo(text.toUri().toString());
        assertThat(fromUri.output).as("no whole result unless asked for").isNull();
    }

    @Test
    void writesOnlyWhatIsSetSoTheJobsDefaultsApply() {
        JobArgs args = new JobArgs().socket("127.0.0.1", 9999);
        assertThat(args.toList()).containsExactly("--host", "127.0.0.1", "--port", "9999");
        SocketOptions options = parse(new SocketOptions(), args);
        assertThat(options.batchSeconds).isEqualTo(2);
        assertThat(options.print).isEqualTo(10);
        assertThat(options.maxRetry).isZero();
        assertThat(options.cores).isZero();
        assertThat(options.output).isNull();
        assertThat(options.variant).isEqualTo(Variant.FAITHFUL);
    }

    @Test
    void anOptionSetAgainKeepsItsPlaceAndTakesTheNewValue() {
        JobArgs args = new JobArgs().print(1).batchSeconds(2).print(0);
        assertThat(args.toList()).containsExactly("--print", "0", "--batch-seconds", "2");
        assertThat(args.toArray()).containsExactly("--print", "0", "--batch-seconds", "2");
        assertThat(args).hasToString("--print 0 --batch-seconds 2");
    }

    /** Every option of every job (help aside) can be written by JobArgs: one added to a job needs a method here. */
    @Test
    void coversEveryOptionOfEveryJob() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        List<String> all = new JobArgs().cores(1).batchSeconds(1).batchMillis(500).bufferMillis(5).output(folder).print(0).variant(Variant.TUNED)
                .socket("h", 1).maxRetry(0).inputDir(in).checkpoint(folder).input(in).top(1).kafka("h:1", "t", "g")
                .state(StateBackend.ROCKSDB).changes(true).toList();
        Set<String> written = new HashSet<>();
        for (String arg : all) {
            if (arg.startsWith("--")) { // an option's name; no value here starts so
                written.add(arg);
            }
        }
        Set<String> jobOptions = new HashSet<>();
        for (JobOptions options : List.of(new SocketOptions(), new StatefulSocketOptions(), new FileStreamOptions(),
                new StatefulFileOptions(), new KafkaOptions(), new StatefulKafkaOptions(), new BatchOptions())) {
            for (OptionSpec option : CommandSpec.forAnnotatedObject(options).options()) {
                if (!option.usageHelp()) {
                    jobOptions.add(option.longestName());
                }
            }
        }
        assertThat(written).isEqualTo(jobOptions);
    }

    /** A flag has no value: --changes stands alone, and not at all when not asked for. */
    @Test
    void aFlagIsWrittenWithoutAValueAndOnlyWhenAsked() {
        assertThat(new JobArgs().print(0).changes(true).state(StateBackend.HDFS).toList())
                .containsExactly("--print", "0", "--changes", "--state", "hdfs");
        assertThat(new JobArgs().print(0).changes(false).state(null).toList()).containsExactly("--print", "0");
    }
}
