package dev.streamcompare.harness.run;

import dev.streamcompare.harness.feed.Feed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.RunResult;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * What the phases of one streaming run share: the feed, the job and its published batches, the
 * markers sent, the words the job must have published so far, and the max-rate figures once taken.
 */
public final class PhaseContext {

    private final Feed feed;
    private final RunningJob job;
    private final BatchWatcher watcher;
    private final RunEvents events;
    private final Markers markers = new Markers();
    private long wordsSent;
    private Double throughput;
    private RunResult.Phase maxRatePhase;

    PhaseContext(Feed feed, RunningJob job, BatchWatcher watcher, RunEvents events) {
        this.feed = feed;
        this.job = job;
        this.watcher = watcher;
        this.events = events;
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

    /** The bound of a phase's wait, unless it has one of its own. */
    public Duration timeout() {
        return job.timeout();
    }

    /** Records the max-rate phase: its words, first byte and completing batch (epoch ms), batches published. */
    public void maxRate(long words, long firstByteMillis, long completedMillis, int batches) {
        double seconds = (completedMillis - firstByteMillis) / 1000.0;
        throughput = words / seconds;
        maxRatePhase = new RunResult.Phase(words, seconds, batches);
    }

    Double throughput() {
        return throughput;
    }

    RunResult.Phase maxRatePhase() {
        return maxRatePhase;
    }
}
