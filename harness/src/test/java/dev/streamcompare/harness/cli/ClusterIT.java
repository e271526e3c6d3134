package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.testkit.FileDropper;
import dev.streamcompare.testkit.TextServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cluster jars on real standalone clusters (cluster/start), submitted through the engines'
 * own clients ({@code compare.sh submit}): each job must be listed by its cluster, count every
 * word of the seed text, and end on the cluster when stopped. The clusters are stopped after the
 * last test, failed or not, and no process of theirs may be left behind.
 */
class ClusterIT {

    private static final Duration SUBMIT_AND_COUNT = Duration.ofSeconds(180);
    private static final Pattern FLINK_JOB_ID = Pattern.compile("submit: Flink job ([0-9a-f]{32}) submitted to ");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalClusters clusters;

    @TempDir
    Path folder;

    @BeforeAll
    static void startClusters() throws Exception {
        clusters = LocalClusters.start(Path.of("target", "it-cluster").toAbsolutePath());
        assertThat(clusters.processes()).as("JobManager, TaskManager, Master, Worker").hasSizeGreaterThanOrEqualTo(4);
    }

    @AfterAll
    static void stopClusters() throws Exception {
        if (clusters != null) {
            List<ProcessHandle> started = clusters.processes();
            clusters.close();
            assertThat(started).noneMatch(ProcessHandle::isAlive);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void socketJobRunsOnTheClusterAndCountsEveryWord(Engine engine) throws Exception {
        Path seed = ProjectHome.seedText();
        Path out = folder.resolve("out");
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed, 1, 0, false);
             Submitted job = Submitted.start(engine, Job.SOCKET, "--host", "127.0.0.1", "--port", Integer.toString(server.port()),
                     "--output", out.toString(), "--print", "0")) {
            Map<String, Long> expected = WordCounter.countFile(seed).toMap();
            await().atMost(SUBMIT_AND_COUNT).pollInterval(Duration.ofMillis(500))
                    .until(() -> BatchFiles.sum(out).equals(expected) || !job.jvm.isAlive());
            assertThat(BatchFiles.sum(out)).as(job.output()).isEqualTo(expected);

            assertRunsOnTheCluster(engine, job, "SocketWordCount");
            stopAndAssertEndedOnTheCluster(engine, job, "SocketWordCount");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fileJobRunsOnTheClusterAndCountsEveryWord(Engine engine) throws Exception {
        Path seed = ProjectHome.seedText();
        Path in = folder.resolve("in");
        Path out = folder.resolve("out");
        java.nio.file.Files.createDirectories(in);
        try (Submitted job = Submitted.start(engine, Job.FILE, "--input-dir", in.toString(), "--output", out.toString(),
                "--print", "0")) {
            // Files are moved in once the job runs, as a user's files arrive.
            await().atMost(SUBMIT_AND_COUNT).pollInterval(Duration.ofMillis(500))
                    .until(() -> isRunningOnTheCluster(engine, job, "FileWordCount") || !job.jvm.isAlive());
            assertRunsOnTheCluster(engine, job, "FileWordCount");
            FileDropper.drop(seed, in, 4, 2);

            Map<String, Long> expected = WordCounter.countFile(seed).toMap();
            await().atMost(SUBMIT_AND_COUNT).pollInterval(Duration.ofMillis(500))
                    .until(() -> BatchFiles.sum(out).equals(expected) || !job.jvm.isAlive());
            assertThat(BatchFiles.sum(out)).as(job.output()).isEqualTo(expected);

            stopAndAssertEndedOnTheCluster(engine, job, "FileWordCount");
        }
    }

    /**
     * The stateful Kafka job from the cluster jar, its connector shaded in: the cluster's classpath
     * has no Kafka client of its own. The broker is the tests' (cluster/start kafka); Flink's last
     * batch needs a record past its end in every partition, hence the heartbeats.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void kafkaJobRunsOnTheClusterFromItsShadedConnectorAndCountsEveryWord(Engine engine) throws Exception {
        Path seed = ProjectHome.seedText();
        Path out = folder.resolve("out");
        dev.streamcompare.testkit.TestBroker broker = dev.streamcompare.testkit.TestBroker.shared();
        String topic = broker.newTopic("cluster-" + engine, 2);
        broker.send(topic, 2, dev.streamcompare.common.TextFiles.lines(seed));
        try (AutoCloseable heartbeats = broker.heartbeats(topic, 2);
             Submitted job = Submitted.start(engine, Job.STATEFUL_KAFKA, "--bootstrap", broker.bootstrap(), "--topic", topic,
                     "--checkpoint", folder.resolve("checkpoint").toString(), "--output", out.toString(), "--print", "0")) {
            Map<String, Long> expected = WordCounter.countFile(seed).toMap();
            await().atMost(SUBMIT_AND_COUNT).pollInterval(Duration.ofMillis(500))
                    .until(() -> BatchFiles.newest(out).equals(expected) || !job.jvm.isAlive());
            assertThat(BatchFiles.newest(out)).as(job.output()).isEqualTo(expected);

            assertRunsOnTheCluster(engine, job, "StatefulKafkaWordCount");
            stopAndAssertEndedOnTheCluster(engine, job, "StatefulKafkaWordCount");
        }
    }

    /** ./compare.sh pointed at the clusters: every run correct, the clusters in the report, their processes measured. */
    @org.junit.jupiter.api.Test
    void comparisonOnTheClustersReportsEveryRunCorrect() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CompareCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(
                "--quick", "--jobs", "batch,socket,file", "--no-baseline", "--out", folder.resolve("reports").toString(),
                "--flink-rest", clusters.flinkRest(), "--spark-master", clusters.sparkMaster(),
                "--spark-master-ui", clusters.sparkMasterUi(), "--cluster-pids", clusters.folder.resolve("pids").toString());

        assertThat(exit).as(out + "" + err).isZero();
        Report report = Report.read(folder.resolve("reports/latest").toRealPath());
        assertThat(report.findings().runs()).hasSize(3 * 3).allSatisfy(run -> {
            assertThat(run.correct()).as(run.identity() + ": " + run.failure() + " " + run.verdict().differences()).isTrue();
            // The cluster's processes, not the client alone: above the client's JVM by far.
            assertThat(run.resources().cpuSeconds()).isPositive();
            assertThat(run.resources().peakRssBytes()).isGreaterThan(512L * 1024 * 1024);
        });
        assertThat(report.setup().settings().get("flink")).containsEntry("slots", 2).containsEntry("taskManagers", 1)
                .containsEntry("cluster", "standalone session cluster, REST " + clusters.flinkRest() + ", jobs submitted with CliFrontend run");
        assertThat(report.setup().settings().get("spark")).containsEntry("executorCores", 2).containsEntry("workers", 1);
        assertThat(String.valueOf(report.setup().settings().get("spark").get("cpuAndMemory"))).startsWith("measured: ");
        // Structured Streaming runs on the same Spark cluster, measured the same way.
        assertThat(String.valueOf(report.setup().settings().get("spark-structured").get("cpuAndMemory"))).startsWith("measured: ");
    }

    /** Flink: the REST API's /jobs lists the job, running. Spark: the master's /json lists the application, running. */
    private static void assertRunsOnTheCluster(Engine engine, Submitted job, String name) throws Exception {
        assertThat(isRunningOnTheCluster(engine, job, name)).as("%s %s listed as running by the cluster; client output:%n%s",
                engine, name, job.output()).isTrue();
    }

    private static boolean isRunningOnTheCluster(Engine engine, Submitted job, String name) throws Exception {
        if (engine == Engine.FLINK) {
            String id = job.flinkJobId();
            if (id == null) {
                return false;
            }
            JsonNode jobs = get("http://" + clusters.flinkRest() + "/jobs").path("jobs");
            return StreamSupport.stream(jobs.spliterator(), false)
                    .anyMatch(j -> j.path("id").asText().equals(id) && j.path("status").asText().equals("RUNNING"));
        }
        return sparkApps("activeapps").stream().anyMatch(app -> app.path("name").asText().equals(name)
                && app.path("state").asText().equals("RUNNING"));
    }

    /** SIGTERM to the client: exit 0, and the job ends on the cluster (Flink: cancelled; Spark: the application finished). */
    private static void stopAndAssertEndedOnTheCluster(Engine engine, Submitted job, String name) throws Exception {
        job.jvm.stop();
        assertThat(job.jvm.waitFor(Duration.ofSeconds(60))).as(job.output()).hasValue(0);
        if (engine == Engine.FLINK) {
            String id = job.flinkJobId();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> get("http://" + clusters.flinkRest() + "/jobs/" + id).path("state").asText(), "CANCELED"::equals);
        } else {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> sparkApps("activeapps").stream().noneMatch(app -> app.path("name").asText().equals(name)));
            assertThat(sparkApps("completedapps")).anyMatch(app -> app.path("name").asText().equals(name));
        }
    }

    private static List<JsonNode> sparkApps(String which) throws Exception {
        List<JsonNode> apps = new ArrayList<>();
        get(clusters.sparkMasterUi() + "/json/").path(which).forEach(apps::add);
        return apps;
    }

    private static JsonNode get(String url) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** {@code compare.sh submit} in a child JVM, from the packaged harness jar, as a user runs it. */
    private static final class Submitted implements AutoCloseable {
        final ChildJvm jvm;
        private final StringWriter output = new StringWriter();

        private Submitted(Engine engine, Job job, List<String> jobArgs) throws Exception {
            Path home = ProjectHome.locate();
            BuildInfo build = BuildInfo.load();
            List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-Dfile.encoding=UTF-8",
                    "-Dstreamcompare.home=" + home, "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(),
                    "-jar", home.resolve("harness/target/harness-" + build.version() + ".jar").toString(), "submit"));
            command.addAll(engine == Engine.FLINK ? List.of("--flink-rest", clusters.flinkRest())
                    : List.of("--spark-master", clusters.sparkMaster()));
            command.addAll(List.of(engine.toString(), job.toString()));
            command.addAll(jobArgs);
            PrintWriter writer = new PrintWriter(output, true);
            jvm = ChildJvm.start(command, Map.of(), Path.of("").toAbsolutePath(), writer, writer);
        }

        static Submitted start(Engine engine, Job job, String... args) throws Exception {
            return new Submitted(engine, job, List.of(args));
        }

        String output() {
            synchronized (output) {
                return output.toString();
            }
        }

        String flinkJobId() {
            Matcher id = FLINK_JOB_ID.matcher(output());
            return id.find() ? id.group(1) : null;
        }

        @Override
        public void close() {
            jvm.close();
        }
    }
}
