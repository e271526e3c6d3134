package dev.streamcompare.harness.run;

import dev.streamcompare.harness.feed.Feed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.PhaseResources;
import dev.streamcompare.harness.report.Throughput;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * What the phases of one streaming run share: the feed, the job and its published batches, the
 * markers sent, the words the job must have published so far, and the max-rate figure once taken.
 */
public final class PhaseContext {

    private final Feed feed;
    private final RunningJob job;
    private final BatchWatcher watcher;
    private final RunEvents events;
    private final long batchMillis;
    private final Markers markers = new Markers();
    private final Map<String, Long> expectedLater = new HashMap<>();
    private long wordsSent;
    private Throughput maxRate = Throughput.NONE;

    /**
     * Where a max-rate phase started: the batch files seen by then, the words sent by then, and a
     * window on the child's CPU and RSS (null when not measured).
     */
    public record MaxRateStart(int batchesSeen, long wordsBefore, ProcessTreeMonitor.Window resources) {}

    PhaseContext(Feed feed, RunningJob job, BatchWatcher watcher, RunEvents events, long batchMillis) {
        this.feed = feed;
        this.job = job;
        this.watcher = watcher;
        this.events = events;
        this.batchMillis = batchMillis;
        this.wordsSent = feed.probeWords();
    }

    public Feed feed() {
        return feed;
    }

    public BatchWatcher watcher() {
        return watcher;
    }

    public Markers markers() {
        return markers;
    }

    /**
     * Adds {@code counts} to the totals the job must publish: for a phase that chooses its input as
     * it runs (the frontier's rate search), told before the input is sent.
     */
    public void expect(Map<String, Long> counts) {
        counts.forEach((word, count) -> expectedLater.merge(word, count, Long::sum));
    }

    /** What {@link #expect} added. */
    Map<String, Long> expectedLater() {
        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(expectedLater)); // not Map.copyOf: see FixedRatePhase
    }

    /** Tells the listeners that {@code phase} starts, with {@code wordsExpected} the words it waits for. */
    public void starting(String phase, long wordsExpected) {
        events.phase(phase, watcher.totalWords(), wordsExpected);
    }

    /** Words the job must have published once everything sent so far is counted. */
    public long wordsSent() {
        return wordsSent;
    }

    /**
     * Counts {@code words} more as sent, and waits at most {@code bound} until the job has published
     * every word sent; returns when it had, epoch ms (as the harness saw the batch file).
     */
    public long sentAndAwaited(long words, String phase, Duration bound) throws InterruptedException, TimeoutException {
        wordsSent += words;
        return job.awaitWords(watcher, wordsSent, events, phase, bound);
    }

    /**
     * As {@link #sentAndAwaited}, and the batch that brought the job's totals to the words sent
     * must hold exactly those: a batch that takes them past it fails the phase, where a clock
     * stopped on "at least" would have stopped early.
     */
    public void sentAndAwaitedExactly(long words, String phase, Duration bound)
            throws InterruptedException, TimeoutException, OverCountException {
        sentAndAwaited(words, phase, bound);
        long before = 0;
        for (BatchWatcher.Published batch : watcher.published(0)) {
            if (batch.totalWords() >= wordsSent) {
                if (batch.totalWords() > wordsSent) {
                    throw new OverCountException(phase, before, batch.totalWords(), wordsSent);
                }
                return;
            }
            before = batch.totalWords();
        }
    }

    /** The bound of a phase's wait, unless it has one of its own. */
    public Duration timeout() {
        return job.timeout();
    }

    /** Marks the start of a max-rate phase, before its first byte: the batch log, the words sent, the child's CPU and RSS. */
    public MaxRateStart maxRateStarts() {
        return new MaxRateStart(watcher.batches(), wordsSent, job.child().window());
    }

    /** Records the max-rate phase begun at {@code start}: its {@code words}, first byte offered at {@code firstByteMillis}. */
    public void maxRate(MaxRateStart start, long words, long firstByteMillis) {
        PhaseResources resources = null;
        if (start.resources() != null) {
            start.resources().close();
            resources = new PhaseResources(start.resources().cpuSeconds(), start.resources().peakRssBytes());
        }
        maxRate = MaxRateThroughput.of(watcher.published(start.batchesSeen()), start.wordsBefore(), words, firstByteMillis,
                batchMillis, feed.offeredWordsPerSecond(), resources);
    }

    /** The max-rate figure, or none. */
    Throughput throughput() {
        return maxRate;
    }
}
