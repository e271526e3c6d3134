package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.run.FakeJobLauncher;
import dev.streamcompare.harness.run.FixedRate;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunSettings;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.run.StreamingPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A frontier point's search inside one job, without an engine: {@code FakeSocketJob} with 200 ms
 * batches, once reading as fast as it can and once held to 1,000 lines/s, so that a faster sender
 * is pushed back by the socket, as by a job that cannot keep up. Its latency runs from each
 * marker's scheduled time, so the push-back shows as latency: the held job must not be found to
 * sustain twice what it reads (probes of 3 s and a 1 s bound resolve an overload of about 1.3 ×
 * at best, so the test does not ask for more).
 */
@Timeout(120)
class FrontierSearchTest {

    private static final int HELD_TO = 1_000;

    @TempDir
    Path temp;

    @Test
    void aJobThatPushesBackIsNotFoundToSustainTwiceWhatItReads() throws Exception {
        FrontierSearch search = search(FakeJobLauncher.throttled(HELD_TO), "held");

        List<SustainableProbe> probes = search.search().probes();
        assertThat(probes).filteredOn(p -> p.linesPerSecond() >= 2 * HELD_TO).isNotEmpty()
                .allSatisfy(p -> assertThat(p.sustained()).as("%d lines/s: %s", p.linesPerSecond(), p.reason()).isFalse());
        assertThat(search.search().best()).isNotNull();
        assertThat(search.search().best().linesPerSecond()).isLessThan(2 * HELD_TO);
        assertThat(search.latencyRate()).isEqualTo((int) Math.round(search.search().best().linesPerSecond() * 0.8));
        assertThat(search.latency().markersFound()).isEqualTo(search.latency().markersSent()).isPositive();
        assertThat(search.latencyKeptUp()).as("80 %% of a rate kept up with").isTrue();
    }

    @Test
    void theSameJobUnheldSustainsTheFastestProbe() throws Exception {
        FrontierSearch search = search(FakeJobLauncher.correct(), "free");

        assertThat(search.search().probes()).allSatisfy(p -> assertThat(p.sustained()).as(p.reason()).isTrue());
        assertThat(search.search().best().linesPerSecond()).isEqualTo(4 * HELD_TO);
        assertThat(search.search().limitReached()).as("it kept up with every probe: a lower bound, ≥").isTrue();
    }

    /** A search from 500 lines/s, at most 4 probes of 3 s, then 2 s at 80 % of the rate found; the run must be correct. */
    private FrontierSearch search(JobLauncher launcher, String name) throws Exception {
        Path seed = temp.resolve("seed.txt");
        Files.write(seed, IntStream.range(0, 200).mapToObj(i -> "the quick brown fox jumps over the lazy dog n" + i % 20).toList());
        Workload workload = Workload.prepare(seed, 1, temp.resolve("workload.txt"));
        RunSettings settings = new RunSettings("128m", 1, 200, Duration.ofSeconds(30), 10, "127.0.0.1", false, false, 1);
        JobRunner runner = new JobRunner(new RunContext(settings, launcher, temp.resolve(name + "-report"), temp.resolve(name)),
                workload, null, new FixedRate(HELD_TO, 1, 50));
        FrontierSearch search = new FrontierSearch(workload, HELD_TO / 2, new FrontierSettings(List.of(200L), 3, 4, 2), 200, 25);

        RunResult run = runner.runStreaming(new StreamingPlan("frontier-" + name, Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1,
                List.of(search), false), RunEvents.NONE);

        assertThat(run.failure()).isNull();
        assertThat(run.correct()).as("every probe's words, the catching up included").isTrue();
        return search;
    }
}
