package dev.streamcompare.harness.feed;

import dev.streamcompare.harness.output.Markers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** How the harness gives a job its input: through a socket, or as files moved into a folder. */
public interface Feed extends AutoCloseable {

    /**
     * The most words per second a max-rate phase's input is offered at, piece after piece: above
     * what any job here takes (8.2 M words/s the best seen, Flink's tuned socket job), so that none
     * is short of input, yet spread over five or more batch intervals at the default input (107 M
     * words: 10.7 s), so that an engine that takes whatever has arrived in one batch (Spark's
     * receiver, its file listing) gets the batches the steady slope needs, processed back to back.
     * Unpaced, Spark's tuned receiver took that input in two batches; at 12 M words/s its file
     * listing, delayed by the load, took it in four.
     */
    long MAX_RATE_WORDS_PER_SECOND = 10_000_000;

    /** Waits until the job is ready for input; returns when it was, in epoch ms. */
    long awaitReady(Duration timeout) throws IOException, InterruptedException, TimeoutException;

    /** Words the feed adds to the input of its own (a readiness probe). */
    default long probeWords() {
        return 0;
    }

    /** The word of the readiness probe, or null. */
    default String probeWord() {
        return null;
    }

    /**
     * Offers the whole max-rate input as fast as the job takes it, {@link #MAX_RATE_WORDS_PER_SECOND}
     * at most; returns when the first byte went out.
     */
    long sendAtMaxRate(Workload workload) throws IOException, InterruptedException;

    /**
     * The rate the last max-rate input was offered at, words/s ({@link OfferedRate}): the pace,
     * unless the sender fell behind it by itself, when it is the rate the sender reached.
     */
    default double offeredWordsPerSecond() {
        return MAX_RATE_WORDS_PER_SECOND;
    }

    /**
     * Sends {@code lines} at {@code linesPerSecond}, with a marker line every {@code markerEveryMillis},
     * on a timetable fixed before it starts ({@link FixedSchedule}, kept by a {@link FixedRateSender}):
     * never early, and when behind, catching up without shifting it. Records in {@code markers} each
     * marker's scheduled and delivered time and how far behind the sender was, and each line's lag.
     */
    void sendAtFixedRate(List<String> lines, int linesPerSecond, long markerEveryMillis, Markers markers)
            throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
}
