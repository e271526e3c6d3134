package dev.streamcompare.harness.feed;

/** The clock a fixed-rate sender keeps to: the system's, or a test's that moves only when told. */
public interface Pacer {

    /** A monotonic clock, ns. */
    long nanoTime();

    /** The wall clock, epoch ms: read once, to place the schedule on the clock batch files are seen by. */
    long currentTimeMillis();

    void sleepNanos(long nanos) throws InterruptedException;

    Pacer SYSTEM = new Pacer() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public long currentTimeMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        }
    };
}
