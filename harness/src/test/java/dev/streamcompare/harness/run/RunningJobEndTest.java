package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a job's child ends after its run ({@link RunningJob#end()}), and which ends fail the run:
 * {@link Sleeper} children that stop on SIGTERM, ignore it, die of it, or have ended by themselves.
 */
@Timeout(60)
class RunningJobEndTest {

    private static final Duration GRACE = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    /** A Sleeper child with {@code args}, once it has printed that it is ready (it has ended, with {@code exit}). */
    private RunningJob sleeper(String... args) throws IOException, InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", ChildJvm.harnessClasspath(), Sleeper.class.getName()));
        command.addAll(List.of(args));
        RunningJob job = new RunningJob(new MonitoredChild(temp.resolve("report"), temp, "sleeper", command, Map.of(), line -> {
            if (line.equals("ready")) {
                ready.countDown();
            }
        }), Duration.ofSeconds(30), GRACE);
        if (!(args.length > 0 && args[0].equals("exit"))) {
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("the child is ready").isTrue();
        }
        return job;
    }

    @Test
    void aJobThatStopsOnSigtermWithExit0EndsWell() throws Exception {
        try (RunningJob job = sleeper("stop-on-sigterm")) {
            JobEnd end = job.end();

            assertThat(end).isEqualTo(JobEnd.onSigterm(0, GRACE));
            assertThat(end.failure()).isNull();
        }
    }

    @Test
    void aJobThatEndedBeforeTheHarnessStoppedItFailsEvenWithExit0() throws Exception {
        try (RunningJob job = sleeper("exit", "0")) {
            assertThat(job.waitFor(Duration.ofSeconds(30))).as("it ends by itself").hasValue(0);

            JobEnd end = job.end();

            assertThat(end).isEqualTo(JobEnd.byItself(0));
            assertThat(end.failure()).isEqualTo("the job ended by itself (exit 0) before the harness stopped it; see its log");
        }
    }

    @Test
    void aJobThatIgnoresSigtermIsKilledAfterTheGracePeriodAndFails() throws Exception {
        try (RunningJob job = sleeper("hang-on-exit")) {
            long asked = System.nanoTime();

            JobEnd end = job.end();

            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the grace period, then the kill").isGreaterThanOrEqualTo(GRACE);
            assertThat(job.isAlive()).isFalse();
            assertThat(end).isEqualTo(JobEnd.killed(GRACE));
            assertThat(end.failure()).isEqualTo("the job did not stop within the 2 s grace period after SIGTERM: killed (SIGKILL)");
        }
    }

    @Test
    void aJobThatDiesOfSigtermFailsWithItsExitCode() throws Exception {
        try (RunningJob job = sleeper()) {
            JobEnd end = job.end();

            assertThat(end).isEqualTo(JobEnd.onSigterm(143, GRACE));
            assertThat(end.failure()).isEqualTo("the job exited with 143 after SIGTERM; see its log");
        }
    }
}
