package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.output.Sentinels;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Throughput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One streaming run's lifecycle through {@link JobRunner} and {@link StreamingRun}, without an
 * engine: {@link FakeSocketJob} in a child JVM, fed by the harness's socket, publishing 1 s
 * batches. The workload is tiny: a seed of 200 lines of 10 words, sent twice at max rate in four
 * pieces of 100 lines (alike but for their sentinel words), and 200 lines/s for 1 s at fixed
 * rate; the words expected below are counted from that by hand.
 */
@Timeout(90)
class StreamingRunTest {

    /** 200 lines, each {@code the quick brown fox jumps over the lazy dog nK}: 10 words, one fox. */
    private static final int SEED_LINES = 200;
    /** The seed twice, in four pieces with a sentinel word each. */
    private static final long MAX_RATE_WORDS = 2 * SEED_LINES * 10 + 4;
    /** The seed once, in four pieces with a sentinel word each. */
    private static final long WARM_UP_WORDS = SEED_LINES * 10 + 4;
    /** A piece: a sentinel word and 100 of the seed's lines. */
    private static final long PIECE_WORDS = 1 + 100 * 10;
    /** 200 lines/s for 1 s: the seed's 200 lines once, markers every 250 ms besides. */
    private static final FixedRate FIXED_RATE = new FixedRate(200, 1, 250);
    private static final long FIXED_RATE_WORDS = 200 * 10;

    @TempDir
    static Path temp;

    private static Workload workload;
    private static Workload warmUp;
    /** The correct job's run, planned as the comparison plans it: warm-up, max rate, fixed rate. */
    private static RunResult correct;
    private static final List<String> correctEvents = new CopyOnWriteArrayList<>();

    @BeforeAll
    @Timeout(90)
    static void runTheCorrectFakeJobOnce() throws Exception {
        Path seed = temp.resolve("seed.txt");
        Files.write(seed, IntStream.range(0, SEED_LINES).mapToObj(i -> "the quick brown fox jumps over the lazy dog n" + i % 20)
                .toList());
        workload = Workload.prepare(seed, 2, temp.resolve("input").resolve("workload.txt"));
        warmUp = Workload.prepareWarmUp(seed, 1, temp.resolve("input").resolve("warm-up.txt"));
        assertThat(workload.words()).as("the workload as counted by hand").isEqualTo(MAX_RATE_WORDS);
        assertThat(warmUp.words()).isEqualTo(WARM_UP_WORDS);

        RunListener listener = label -> (phase, counted, expected) -> correctEvents.add(phase);
        JobRunner runner = runner(FakeJobLauncher.correct(), "correct", warmUp, Duration.ofSeconds(30));
        StreamingPlan plan = runner.comparisonPlan(Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1);
        try (RunEvents events = listener.runStarted(plan.name())) {
            correct = runner.runStreaming(plan, events);
        }
    }

    private static JobRunner runner(JobLauncher launcher, String name, Workload warmUpOrNull, Duration timeout) throws IOException {
        RunSettings settings = new RunSettings("128m", 1, 1000, timeout, 10, "127.0.0.1", false, false, 1);
        RunContext context = new RunContext(settings, launcher, temp.resolve(name).resolve("report"), temp.resolve(name).resolve("work"));
        return new JobRunner(context, workload, warmUpOrNull, FIXED_RATE);
    }

    @Test
    void aCorrectJobIsReportedCorrectWithThroughputLatencyAndStartUp() {
        assertThat(correct.failure()).isNull();
        assertThat(correct.correct()).isTrue();
        assertThat(correct.verdict().exitCode()).as("stopped by SIGTERM, exit 0").isZero();
        assertThat(correct.verdict().differences()).isEqualTo(RunResult.Differences.NONE);
        int markers = correct.latency().markersSent();
        assertThat(correct.verdict().wordsExpected()).as("warm-up, max rate, fixed rate and its markers")
                .isEqualTo(WARM_UP_WORDS + MAX_RATE_WORDS + FIXED_RATE_WORDS + markers)
                .isEqualTo(correct.verdict().wordsCounted());

        RunResult.Phase maxRate = correct.throughput().maxRatePhase();
        assertThat(maxRate.words()).as("the max-rate phase's words: the workload's, not the warm-up's").isEqualTo(MAX_RATE_WORDS);
        assertThat(maxRate.seconds()).isPositive();
        assertThat(maxRate.batches()).isPositive();
        assertThat(correct.throughput().wordsPerSecond()).isPositive();
        assertThat(correct.throughput().method()).as("a phase of a batch or two: too short for the slope")
                .isEqualTo(Throughput.Method.FIRST_BYTE_TO_COMPLETING_BATCH);
        assertThat(correct.throughput().errorPercent()).as("a 1 s batch and a poll, over at most the phase's 10 s")
                .isGreaterThan(10.0);
        assertThat(maxRate.resources().cpuSeconds()).isNotNegative();
        assertThat(maxRate.resources().peakRssBytes()).isPositive();

        assertThat(markers).as("markers every 250 ms for 1 s").isPositive();
        assertThat(correct.latency().markersFound()).isEqualTo(markers);
        assertThat(correct.latency().endToEndMs().samples()).isEqualTo(markers);
        assertThat(correct.latency().markerBatches()).as("markers over 1 s in batches of 1 s").isBetween(1, 2);
        assertThat(correct.latency().senderLagMs().markers().samples()).isEqualTo(markers);
        assertThat(correct.latency().senderLagMs().lines().samples()).as("every fixed-rate line's lag").isEqualTo(200);
        assertThat(List.of(correct.latency().endToEndMs().p50(), correct.latency().endToEndMs().max(),
                correct.latency().processingDelayMs().p50(), correct.latency().processingDelayMs().max()))
                .allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(0.0));

        assertThat(correct.resources().startupMs()).isNotNull().isNotNegative();
        assertThat(correct.log()).isEqualTo("logs/socket-flink-1.log");
        assertThat(temp.resolve("correct/report").resolve(correct.log())).content().contains("FakeSocketJob");
    }

    @Test
    void theResultHoldsEveryMarkersLatencyInTheOrderItWasDueWithTheReportsMax() {
        List<RunResult.Point> latency = correct.timeline().latencyMs();

        assertThat(latency).as("a point per marker found").hasSize(correct.latency().markersFound());
        assertThat(latency).isSortedAccordingTo((a, b) -> Double.compare(a.seconds(), b.seconds()));
        assertThat(latency.stream().mapToDouble(RunResult.Point::value).max().orElseThrow())
                .as("the same latencies the percentiles are taken from").isEqualTo(correct.latency().endToEndMs().max());
    }

    @Test
    void theResultHoldsTheWordsPublishedOverTheRunEndingAtTheWordsCounted() {
        List<RunResult.Point> published = correct.timeline().wordsPublished();

        assertThat(correct.timeline().rssMiB()).as("not a soak run: not sampled").isNull();
        assertThat(published).as("warm-up, max rate and fixed rate: a batch or more each").hasSizeGreaterThanOrEqualTo(3);
        assertThat(published.get(0).seconds()).as("seconds since the JVM was spawned").isPositive().isLessThan(90);
        assertThat(published).isSortedAccordingTo((a, b) -> Double.compare(a.seconds(), b.seconds()));
        assertThat(published.get(published.size() - 1).value()).isEqualTo(correct.verdict().wordsCounted());
    }

    @Test
    void theEventsReachTheListenerInThePhasesOrder() {
        List<String> phases = new ArrayList<>();
        for (String phase : correctEvents) {
            if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
                phases.add(phase); // progress repeats its phase's name
            }
        }

        assertThat(phases).containsExactly("start-up", "warm-up", "max rate", "fixed rate", "stop");
    }

    @Test
    void aBrokenJobIsReportedWrongWithItsDifferences() throws Exception {
        JobRunner runner = runner(FakeJobLauncher.miscounting("fox"), "broken", null, Duration.ofSeconds(30));

        RunResult result = runner.runStreaming(Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1, RunEvents.NONE);

        assertThat(result.failure()).as("the run itself went through").isNull();
        assertThat(result.correct()).isFalse();
        // 400 foxes at max rate, 200 at fixed rate, all counted as f0x: the same number of words, the wrong ones.
        assertThat(result.verdict().differences()).isEqualTo(new RunResult.Differences(1, 1, 0,
                List.of("f0x: expected 0, counted 600", "fox: expected 600, counted 0")));
        assertThat(result.verdict().wordsCounted()).isEqualTo(result.verdict().wordsExpected())
                .isEqualTo(MAX_RATE_WORDS + FIXED_RATE_WORDS + result.latency().markersSent());
    }

    @Test
    void aJobThatExitsEarlyFailsNamingThePhaseAndTheExitWithoutWaitingForTheTimeout() throws Exception {
        Duration timeout = Duration.ofSeconds(60);
        JobRunner runner = runner(FakeJobLauncher.exitingAfter(100), "exits-early", null, timeout);

        RunResult result = assertTimeoutPreemptively(timeout.dividedBy(2),
                () -> runner.runStreaming(Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1, RunEvents.NONE),
                "a job that died is not waited for until the timeout");

        assertThat(result.correct()).isFalse();
        assertThat(result.failure()).matches("max rate phase: the job ended by itself \\(exit 3\\) after publishing \\d+ of 4004 words; "
                + "see its log");
        assertThat(result.verdict().exitCode()).isEqualTo(FakeSocketJob.EARLY_EXIT_CODE);
        assertThat(result.verdict().wordsCounted()).as("its 100 lines: a sentinel and 99 of 10 words").isEqualTo(991);
        assertThat(result.throughput().wordsPerSecond()).as("no max-rate figure for a phase that failed").isNull();
        assertThat(result.latency().markersSent()).as("the fixed-rate phase never ran").isZero();
    }

    @Test
    void aJobThatReadsAPieceTwiceFailsTheMaxRatePhaseOnTheWordsTooManyInsteadOfStoppingItsClockEarly() throws Exception {
        JobRunner runner = runner(FakeJobLauncher.doublingPiece(Sentinels.word(Workload.MAX_RATE, 3)), "doubles", null,
                Duration.ofSeconds(30));

        RunResult result = runner.runStreaming(Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1, RunEvents.NONE);

        assertThat(result.correct()).isFalse();
        assertThat(result.failure()).matches("max rate phase: the job's totals went from \\d+ to \\d+ words, \\d+ more than the "
                + MAX_RATE_WORDS + " sent: words counted twice \\(a piece of the input read twice\\?\\)");
        assertThat(result.verdict().wordsCounted()).as("the last piece twice").isEqualTo(MAX_RATE_WORDS + PIECE_WORDS);
        assertThat(result.throughput()).as("no figure for a phase that failed").isEqualTo(Throughput.NONE);
    }

    @Test
    void aJobThatSkipsAPieceAndReadsTheNextTwiceIsToldByTheSentinelsAlone() throws Exception {
        JobRunner runner = runner(FakeJobLauncher.skippingPiece(Sentinels.word(Workload.MAX_RATE, 1)), "skips", null,
                Duration.ofSeconds(30));

        RunResult result = runner.runStreaming(Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1, RunEvents.NONE);

        assertThat(result.failure()).as("as many words as sent: the run goes through").isNull();
        assertThat(result.verdict().wordsCounted()).isEqualTo(result.verdict().wordsExpected());
        assertThat(result.correct()).isFalse();
        assertThat(result.verdict().differences()).isEqualTo(new RunResult.Differences(1, 0, 1,
                List.of("streamcompare-piece-max-rate-1: expected 1, counted 0", "streamcompare-piece-max-rate-2: expected 1, counted 2")));
    }

    @Test
    void aJobThatEndsByItselfWithExit0MidRunFailsWhateverItPublished() throws Exception {
        JobRunner runner = runner(FakeJobLauncher.exitingAfter(100, 0), "ends-itself", null, Duration.ofSeconds(60));

        RunResult result = runner.runStreaming(Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1, RunEvents.NONE);

        assertThat(result.correct()).isFalse();
        assertThat(result.failure()).matches("max rate phase: the job ended by itself \\(exit 0\\) after publishing \\d+ of 4004 words; "
                + "see its log");
        assertThat(result.verdict().exitCode()).isZero();
        assertThat(temp.resolve("ends-itself/report").resolve(result.log())).content()
                .contains("FakeSocketJob: read 100 lines, exiting with 0 on purpose");
    }

    @Test
    void aJobThatIgnoresSigtermIsKilledAfterTheGracePeriodAndItsRunFailsThoughItCountedRight() throws Exception {
        JobRunner runner = runner(FakeJobLauncher.ignoringSigterm(), "ignores-sigterm", null, Duration.ofSeconds(30));

        RunResult result = runner.runStreaming(Job.SOCKET, Engine.FLINK, Setup.of(Variant.FAITHFUL), 1, RunEvents.NONE);

        assertThat(result.verdict().differences()).as("every word counted").isEqualTo(RunResult.Differences.NONE);
        assertThat(result.correct()).isFalse();
        assertThat(result.failure()).isEqualTo("the job did not stop within the " + FakeJobLauncher.STOP_GRACE.toSeconds()
                + " s grace period after SIGTERM: killed (SIGKILL)");
        assertThat(result.verdict().exitCode()).as("killed: no exit code").isNull();
        assertThat(temp.resolve("ignores-sigterm/report").resolve(result.log())).content()
                .contains("FakeSocketJob: not stopping, on purpose");
    }
}
