package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A child the run context starts runs on the CPUs it is pinned to: as Linux sees it, and as its log says. */
@Timeout(60)
class PinnedChildTest {

    @TempDir
    Path temp;

    @Test
    void aPinnedChildRunsOnItsCpuOnlyAndItsLogShowsTheCommandAsStarted() throws Exception {
        List<Integer> allowed = CpuPinning.parse(Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow().split(":")[1]);
        int last = allowed.get(allowed.size() - 1);
        RunSettings settings = new RunSettings("64m", 1, 1000, Duration.ofSeconds(30), 10, "127.0.0.1", false, false, 1);
        RunContext context = new RunContext(settings, (engine, job, args, options) -> List.of(), temp.resolve("report"),
                temp.resolve("work"), CpuPinning.to(List.of(last)));
        CountDownLatch ready = new CountDownLatch(1);

        try (RunningJob child = context.startHarnessChild("sleeper", Sleeper.class, line -> {
            if (line.equals("ready")) {
                ready.countDown();
            }
        })) {
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("the child said it was ready").isTrue();
            long pid = child.child().jvm.handle().pid();
            assertThat(Files.readAllLines(Path.of("/proc/" + pid + "/status"))).contains("Cpus_allowed_list:\t" + last);
        }
        String command = Files.readAllLines(temp.resolve("report/logs/sleeper.log")).get(0);
        assertThat(command).startsWith("# taskset -c " + last + " " + ChildJvm.javaExecutable() + " ")
                .contains(" -XX:ActiveProcessorCount=1 ").endsWith(" " + Sleeper.class.getName());
    }
}
