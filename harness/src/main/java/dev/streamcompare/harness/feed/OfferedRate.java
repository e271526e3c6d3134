package dev.streamcompare.harness.feed;

/**
 * The rate a max-rate input was actually offered at. The feed paces it at {@link
 * Feed#MAX_RATE_WORDS_PER_SECOND}; a job that pushes back holds the sender below that pace, and the
 * job, not the feed, then sets the rate. But a sender that falls behind the pace by itself (its own
 * CPU on a loaded machine) offers less than the nominal rate, and a job that keeps up with it shows
 * the sender's rate, not its own: that rate is then the one a figure is compared with.
 */
final class OfferedRate {

    private OfferedRate() {}

    /**
     * The offered rate of {@code words} sent over {@code sendNanos}, {@code blockedNanos} of which the
     * sender spent blocked writing to the job (a socket whose buffer was full): the nominal pace if the
     * job held the sender back for half the send or more, else the lower of the pace and the rate the
     * sender reached.
     */
    static double of(long words, long sendNanos, long blockedNanos) {
        double nominal = Feed.MAX_RATE_WORDS_PER_SECOND;
        if (sendNanos <= 0 || 2 * blockedNanos >= sendNanos) {
            return nominal;
        }
        return Math.min(nominal, words / (sendNanos / 1e9));
    }
}
