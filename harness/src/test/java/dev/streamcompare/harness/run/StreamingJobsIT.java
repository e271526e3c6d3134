package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.output.CheckpointFolder;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.testkit.TextServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The streaming jobs from their packaged jars, in child JVMs: stop signals, kill and restart. */
class StreamingJobsIT {

    private static final Duration START_AND_COUNT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void socketJobStopsCleanlyOnSigtermWithExitCode0(Engine engine) throws Exception {
        Path seed = ProjectHome.seedText();
        Path out = folder.resolve("out");
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed, 1, 0, false);
             JobProcess job = JobProcess.start(engine, Job.SOCKET, "--host", "127.0.0.1", "--port", Integer.toString(server.port()),
                     "--output", out.toString(), "--print", "1")) {
            Map<String, Long> expected = WordCounter.countFile(seed).toMap();
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(200))
                    .until(() -> BatchFiles.sum(out).equals(expected));

            job.jvm.stop(); // SIGTERM

            OptionalInt exit = job.jvm.waitFor(Duration.ofSeconds(30));
            assertThat(exit).as(job.err()).hasValue(0);
            assertThat(job.err()).contains("SocketWordCount: SIGTERM received, stopping");
            assertThat(job.out()).contains("Time: ");
            assertThat(BatchFiles.sum(out)).isEqualTo(expected);
        }
    }

    /** With no server, Flink's socket job fails in one line; Spark's receiver retries every 2 s (docs/semantics.md). */
    @org.junit.jupiter.api.Test
    void flinkSocketJobWithNothingListeningFailsInOneLine() throws Exception {
        int port = freePort();
        try (JobProcess process = JobProcess.start(Engine.FLINK, Job.SOCKET, "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--print", "0")) {
            assertThat(process.jvm.waitFor(Duration.ofSeconds(60))).as(process.err()).hasValue(1);
            assertThat(process.err()).isEqualTo("SocketWordCount: failed: IOException: cannot connect to 127.0.0.1:" + port
                    + " (Connection refused)\n");
        }
    }

    /** The stateful job restarts from its checkpoint a few times (RESTART_ATTEMPTS), then fails the same way. */
    @org.junit.jupiter.api.Test
    void flinkStatefulJobWithNothingListeningFailsInOneLineAfterItsRestarts() throws Exception {
        int port = freePort();
        try (JobProcess process = JobProcess.start(Engine.FLINK, Job.STATEFUL, "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--checkpoint", folder.resolve("checkpoint").toString(), "--print", "0")) {
            assertThat(process.jvm.waitFor(Duration.ofSeconds(60))).as(process.err()).hasValue(1);
            assertThat(process.err()).isEqualTo("StatefulSocketWordCount: failed: IOException: cannot connect to 127.0.0.1:" + port
                    + " (Connection refused)\n");
        }
    }

    /**
     * Part A counted and checkpointed, the job killed with SIGKILL, started again on the same
     * folder, part B sent: the state must be exactly counts(A + B).
     */
    @ParameterizedTest(name = "{0}, killed after {1} % of the input")
    @CsvSource({"flink, 30", "flink, 70", "spark, 30", "spark, 70"})
    void statefulJobResumesFromItsCheckpointAfterSigkill(String engineName, int percent) throws Exception {
        Engine engine = Engine.valueOf(engineName.toUpperCase(java.util.Locale.ROOT));
        List<String> lines = Files.readAllLines(ProjectHome.seedText(), StandardCharsets.UTF_8);
        int cut = lines.size() * percent / 100;
        Path partA = Files.write(folder.resolve("a.txt"), lines.subList(0, cut), StandardCharsets.UTF_8);
        Path partB = Files.write(folder.resolve("b.txt"), lines.subList(cut, lines.size()), StandardCharsets.UTF_8);
        Path out = folder.resolve("out");
        Path checkpoint = folder.resolve("checkpoint");
        int port = freePort();
        String[] args = {"--host", "127.0.0.1", "--port", Integer.toString(port), "--batch-seconds", "1",
            "--checkpoint", checkpoint.toString(), "--output", out.toString(), "--print", "0"};

        try (TextServer serverA = TextServer.start("127.0.0.1", port, partA, 1, 0, false);
             JobProcess first = JobProcess.start(engine, Job.STATEFUL, args)) {
            Map<String, Long> countsA = WordCounter.countFile(partA).toMap();
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(out).equals(countsA));
            long counted = System.currentTimeMillis();
            // A checkpoint completed after A was counted holds A (Spark's is written as its batch starts: one batch more).
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> CheckpointFolder.newestMillis(checkpoint) > counted + 1_000);

            first.jvm.kill(); // SIGKILL
        }

        WordCounter countsAB = WordCounter.countFile(partA);
        WordCounter.countFile(partB).toMap().forEach((word, count) -> {
            for (long i = 0; i < count; i++) {
                countsAB.addWord(word);
            }
        });
        try (TextServer serverB = TextServer.start("127.0.0.1", port, partB, 1, 0, false);
             JobProcess second = JobProcess.start(engine, Job.STATEFUL, args)) {
            Map<String, Long> expected = countsAB.toMap();
            await().atMost(START_AND_COUNT).pollInterval(Duration.ofMillis(100))
                    .until(() -> BatchFiles.newest(out).equals(expected) || !second.jvm.isAlive());
            assertThat(BatchFiles.newest(out)).as(second.err()).isEqualTo(expected);

            second.jvm.stop();
            assertThat(second.jvm.waitFor(Duration.ofSeconds(30))).as(second.err()).hasValue(0);
        }

        // The folder now belongs to this job with these options: other options are refused.
        args[5] = "2";
        try (JobProcess other = JobProcess.start(engine, Job.STATEFUL, args)) {
            assertThat(other.jvm.waitFor(Duration.ofSeconds(60))).hasValue(2);
            assertThat(other.err()).startsWith("StatefulSocketWordCount: error: checkpoint folder ")
                    .contains("belongs to").hasLineCount(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
