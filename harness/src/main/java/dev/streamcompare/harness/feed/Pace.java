package dev.streamcompare.harness.feed;

/**
 * The pace of a max-rate phase's input: its parts (pieces, files) offered one after another at
 * {@link Feed#MAX_RATE_WORDS_PER_SECOND} at most. A job slower than that is never short of input (a
 * socket job that pushes back only blocks the sender, which then never waits); a faster one is held
 * to it, and its figure says so ({@code Throughput.boundedByFeed}).
 */
final class Pace {

    private final long nanosPerPart;
    private final long start = System.nanoTime();

    /** A pace for {@code words} in {@code parts} parts of about the same size. */
    Pace(long words, int parts) {
        this.nanosPerPart = (long) (1e9 * words / parts / Feed.MAX_RATE_WORDS_PER_SECOND);
    }

    /** Waits until part {@code part} (from 0) is due; at once if it is late. */
    void awaitPart(int part) throws InterruptedException {
        long ahead = start + part * nanosPerPart - System.nanoTime();
        if (ahead > 0) {
            Thread.sleep(ahead / 1_000_000L, (int) (ahead % 1_000_000L));
        }
    }
}
