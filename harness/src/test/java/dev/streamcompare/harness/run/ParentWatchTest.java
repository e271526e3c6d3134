package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A child never outlives the harness, even one killed with SIGKILL (ParentWatch). */
@Timeout(120)
class ParentWatchTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void theAgentJarHoldsTheAgentClassAloneAndOnlyJavaCommandsGetIt() throws Exception {
        Path jar = ParentWatch.jar();
        assertThat(ParentWatch.jar()).as("written once").isEqualTo(jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Premain-Class")).isEqualTo(ParentWatch.class.getName());
            assertThat(Collections.list(file.entries())).extracting(entry -> entry.getName())
                    .containsExactly("META-INF/MANIFEST.MF", "dev/streamcompare/harness/run/ParentWatch.class");
        }
        assertThat(ParentWatch.watched(List.of(ChildJvm.javaExecutable(), "-cp", "x", "Main")))
                .containsExactly(ChildJvm.javaExecutable(), "-javaagent:" + jar, "-cp", "x", "Main");
        assertThat(ParentWatch.watched(List.of("bash", "-c", "true"))).containsExactly("bash", "-c", "true");
    }

    @Test
    void aJvmWithTheAgentStopsThroughItsShutdownHooksWhenItsStdinCloses() throws Exception {
        Process sleeper = sleeper(null);
        try {
            sleeper.getOutputStream().close();
            assertThat(sleeper.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("ended").isTrue();
            assertThat(sleeper.exitValue()).isEqualTo(143);
            assertThat(new String(sleeper.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains(ParentWatch.MESSAGE);
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aJvmWhoseShutdownHooksDoNotEndIsHaltedAfterTheBound() throws Exception {
        Process sleeper = sleeper("1", "hang-on-exit");
        try {
            sleeper.getOutputStream().close();
            assertThat(sleeper.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as("ended").isTrue();
            assertThat(sleeper.exitValue()).isEqualTo(137);
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void theChildrenOfAParentKilledWithSigkillStop() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<Long> children = new ArrayList<>();
        try (ChildJvm parent = sleeperParent("watched", lines)) {
            children.addAll(childrenOf(lines));
            long parentPid = parent.handle().pid();
            // Each child's stdin is a pipe whose write end its parent holds, and no sibling does.
            for (long child : children) {
                String stdin = Files.readSymbolicLink(Path.of("/proc", Long.toString(child), "fd", "0")).toString();
                assertThat(stdin).as("stdin of " + child).startsWith("pipe:");
                assertThat(openFiles(parentPid)).as("the parent holds the other end of " + stdin).contains(stdin);
                for (long sibling : children) {
                    if (sibling != child) {
                        assertThat(openFiles(sibling)).as(sibling + " holds no end of " + child + "'s stdin").doesNotContain(stdin);
                    }
                }
            }

            parent.kill();

            await().atMost(BOUND).pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertThat(children).noneMatch(ParentWatchTest::alive));
        } finally {
            children.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    /** The control: without the agent, the children outlive their parent. */
    @Test
    void withoutTheAgentTheChildrenOfAKilledParentRunOn() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        List<Long> children = new ArrayList<>();
        try (ChildJvm parent = sleeperParent("unwatched", lines)) {
            children.addAll(childrenOf(lines));
            long parentPid = parent.handle().pid();

            parent.kill();

            await().atMost(BOUND).until(() -> children.stream().noneMatch(pid -> parentOf(pid) == parentPid));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> children.stream().allMatch(ParentWatchTest::alive));
        } finally {
            children.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    /** A Sleeper JVM with the agent (its argument {@code agentArgs}), started by a bare ProcessBuilder; once it is ready. */
    private static Process sleeper(String agentArgs, String... args) throws Exception {
        Path classes = Path.of(Sleeper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(),
                "-javaagent:" + ParentWatch.jar() + (agentArgs == null ? "" : "=" + agentArgs),
                "-cp", classes.toString(), Sleeper.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] ready = process.getInputStream().readNBytes("ready".length());
        assertThat(new String(ready, StandardCharsets.UTF_8)).isEqualTo("ready");
        return process;
    }

    private ChildJvm sleeperParent(String mode, BlockingQueue<String> lines) throws IOException {
        // Its agent jar goes there: killed, it deletes nothing.
        List<String> command = List.of(ChildJvm.javaExecutable(), "-Djava.io.tmpdir=" + temp, "-cp", ChildJvm.harnessClasspath(),
                SleeperParent.class.getName(), mode, "2");
        return ChildJvm.start(command, Map.of(), Path.of("").toAbsolutePath(), lines::add, lines::add);
    }

    /** The pids the parent printed, once it says it is ready. */
    private static List<Long> childrenOf(BlockingQueue<String> lines) throws InterruptedException {
        List<Long> pids = new ArrayList<>();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(line).as("the parent's next line; so far " + pids).isNotNull();
            if (line.equals("ready")) {
                return pids;
            }
            assertThat(line).as("the parent's output").startsWith("child ");
            pids.add(Long.parseLong(line.substring("child ".length())));
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static long parentOf(long pid) {
        return ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
    }

    /** What the descriptors of process {@code pid} point to ({@code pipe:[inode]} for pipes). */
    private static List<String> openFiles(long pid) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    files.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException closedMeanwhile) {
                    // gone since listed
                }
            }
        }
        return files;
    }
}
