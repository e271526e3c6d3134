package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.harness.cluster.ClusterClients;
import dev.streamcompare.harness.cluster.ClusterOptions;
import dev.streamcompare.harness.cluster.FlinkRest;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.run.JobJars;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code submit <engine> <job> [job options]}: one job on a real cluster, through the engine's own
 * client, as {@code flink run} and {@code spark-submit} do; stopped cleanly on Ctrl-C.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {
            "Submits the cluster jar of one job to a running cluster with the engine's own client (Flink: CliFrontend run, "
                    + "what bin/flink run runs; Spark: SparkSubmit in client mode, what bin/spark-submit runs), streams the "
                    + "client's output and exits with its exit code. Ctrl-C stops the job on the cluster; a Flink job still "
                    + "running when the client has ended is cancelled through the REST API.",
            "Options of submit come before <engine>; everything after <job> goes to the job. Paths given to the job "
                    + "(--output, --input-dir, --checkpoint) must be readable and writable where the cluster's processes run. Examples:",
            "  cluster/start",
            "  ./compare.sh submit --flink-rest 127.0.0.1:8081 flink socket --port 9999 --output $PWD/out/flink",
            "  ./compare.sh submit --spark-master spark://127.0.0.1:7077 spark file --input-dir $PWD/in --output $PWD/out/spark"})
final class SubmitCommand implements Callable<Integer> {

    /** How long a Flink job may take to end once cancelled. */
    static final Duration CANCEL_BOUND = Duration.ofSeconds(30);

    private static final Pattern FLINK_JOB_ID = Pattern.compile("Job has been submitted with JobID ([0-9a-f]{32})");

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions clusters;

    @Option(names = {"-v", "--verbose"}, description = "Show the client's and the job's logs (INFO) and stack traces.")
    boolean verbose;

    @Mixin
    JobTarget target = new JobTarget();

    @Override
    public Integer call() throws Exception {
        ClusterOptions.Address address = clusters.of(target.engine);
        requireReachable(address);
        BuildInfo build = BuildInfo.load();
        JobJars jars = JobJars.of(ProjectHome.locate(), target.engine, build);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scratch = Files.createTempDirectory("streamcompare-submit-");
        try {
            List<String> command = ClusterClients.command(target.engine, target.job, target.jobOptions, build, jars, clusters, verbose,
                    List.of("-Djava.io.tmpdir=" + scratch));
            AtomicReference<String> flinkJobId = new AtomicReference<>();
            int exit;
            try (ChildJvm client = ChildJvm.start(command, ClusterClients.environment(target.engine, clusters, scratch),
                    Path.of("").toAbsolutePath(), line -> {
                        Matcher id = FLINK_JOB_ID.matcher(line);
                        if (id.find()) {
                            // stdout carries the job's output only (the batch job's top words).
                            flinkJobId.set(id.group(1));
                            err.println("submit: Flink job " + id.group(1) + " submitted to " + address);
                            err.flush();
                            return;
                        }
                        out.println(line);
                        out.flush();
                    }, line -> {
                        err.println(line);
                        err.flush();
                    });
                 StopSignals signals = StopSignals.onStop("compare.sh submit", client::stop)) {
                exit = client.waitFor();
            }
            if (flinkJobId.get() != null) {
                // The client was killed, or failed after submitting: the job must not run on without it.
                String found = new FlinkRest(address).cancelIfRunning(flinkJobId.get(), CANCEL_BOUND);
                if (found.equals("RUNNING") || found.equals("CREATED") || found.equals("INITIALIZING") || found.equals("RESTARTING")) {
                    err.println("submit: Flink job " + flinkJobId.get() + " was still " + found + " after its client ended: cancelled");
                    err.flush();
                }
            }
            return exit;
        } finally {
            deleteTree(scratch);
        }
    }

    /** Fails in one line when no cluster answers: the clients would retry for minutes, with stack traces. */
    private void requireReachable(ClusterOptions.Address address) throws InterruptedException {
        try {
            if (target.engine == Engine.FLINK) {
                new FlinkRest(address).get("overview");
            } else {
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress(address.host(), address.port()), 5_000);
                }
            }
        } catch (IOException e) {
            throw new BadInputException("no " + (target.engine == Engine.FLINK ? "Flink cluster answers at " + address
                    : "Spark master listens on spark://" + address) + " (" + e.getClass().getSimpleName()
                    + "); cluster/start starts local ones");
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
