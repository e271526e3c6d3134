package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged harness, as ./compare.sh runs it, killed with SIGKILL while a job runs: no child is left. */
class HarnessKilledIT {

    @TempDir
    Path folder;

    @Test
    void noChildOutlivesTheHarnessKilledWithSigkill() throws Exception {
        Path home = ProjectHome.locate();
        ProjectHome.seedText();
        Path jar = home.resolve("harness/target/harness-" + BuildInfo.load().version() + ".jar");
        assertThat(jar).as("packaged harness (./mvnw -B -DskipTests package)").isRegularFile();
        String jobMain = Engine.SPARK.mainClass(Job.FILE);
        Path log = folder.resolve("harness.log");
        // The agent jar goes to the harness's temp folder, which nothing deletes once it is killed.
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        Process harness = new ProcessBuilder(ChildJvm.javaExecutable(), "-Dfile.encoding=UTF-8",
                "-Dstreamcompare.home=" + home, "-Djava.io.tmpdir=" + temp, "-jar", jar.toString(),
                "--quick", "--engines", "spark", "--jobs", "file", "--no-baseline", "--no-peer",
                "--out", folder.resolve("reports").toString())
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Every descendant seen, by pid, with its command line: killed in the end whatever happens.
        Map<Long, ProcessHandle> seen = new LinkedHashMap<>();
        try {
            ProcessHandle job = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        harness.descendants().forEach(p -> seen.putIfAbsent(p.pid(), p));
                        assertThat(harness.isAlive()).as("harness running; its output: " + output(log)).isTrue();
                        return harness.descendants().filter(p -> commandLine(p).contains(jobMain)).findFirst();
                    }, Optional::isPresent).orElseThrow();
            assertThat(commandLine(job)).contains("-javaagent:");
            // Well into Spark's start: its shutdown hooks are in place.
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                    job.info().totalCpuDuration().orElse(Duration.ZERO).compareTo(Duration.ofSeconds(3)) >= 0);
            assertThat(job.isAlive()).as("the job runs; harness output: " + output(log)).isTrue();
            List<ProcessHandle> before = harness.descendants().toList();
            before.forEach(p -> seen.putIfAbsent(p.pid(), p));

            harness.destroyForcibly();
            assertThat(harness.waitFor(30, TimeUnit.SECONDS)).isTrue();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(before).as("the harness's descendants before the kill").noneMatch(ProcessHandle::isAlive));
        } finally {
            harness.destroyForcibly();
            seen.values().stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Read from /proc: ProcessHandle.Info cuts long command lines (a Spark job's classpath) short. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (java.io.IOException gone) {
            return "";
        }
    }

    private static String output(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
