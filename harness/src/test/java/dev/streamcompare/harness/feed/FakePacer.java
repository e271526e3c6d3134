package dev.streamcompare.harness.feed;

/**
 * Test only: a clock that moves only when the sender sleeps or a test says so ({@link #pass}), so
 * that a sender held up by its output can be played without waiting. Its wall clock reads
 * {@link #EPOCH_MILLIS} at nanosecond 0.
 */
public final class FakePacer implements Pacer {

    public static final long EPOCH_MILLIS = 1_000_000;

    private long nanos;

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public long currentTimeMillis() {
        return EPOCH_MILLIS + nanos / 1_000_000L;
    }

    @Override
    public void sleepNanos(long sleep) {
        nanos += sleep;
    }

    /** Lets {@code millis} pass, as a blocked write would. */
    public void pass(long millis) {
        nanos += millis * 1_000_000L;
    }
}
