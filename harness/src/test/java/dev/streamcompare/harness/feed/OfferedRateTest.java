package dev.streamcompare.harness.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Which rate a max-rate figure is set against: the pace, or what a sender that fell behind it by itself reached. */
class OfferedRateTest {

    private static final long WORDS = 106_000_000;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aSenderThatKeptThePaceOffersThePace() {
        assertThat(OfferedRate.of(WORDS, 10_600 * 1_000_000L, SECOND / 10)).isEqualTo(Feed.MAX_RATE_WORDS_PER_SECOND);
    }

    @Test
    void aSenderThatFellBehindThePaceByItselfOffersTheRateItReached() {
        // 106 M words in 15.1 s, blocked 0.3 s of it: the harness's own sender, not the job, was the limit (7 M words/s).
        assertThat(OfferedRate.of(WORDS, 15_142 * 1_000_000L, 3 * SECOND / 10)).isCloseTo(7.0e6, within(1e4));
    }

    @Test
    void aSenderHeldBackByTheJobOffersThePaceForTheJobSetTheRate() {
        // 106 M words in 16 s, blocked 12 s: the job pushed back, so its figure is its own.
        assertThat(OfferedRate.of(WORDS, 16 * SECOND, 12 * SECOND)).isEqualTo(Feed.MAX_RATE_WORDS_PER_SECOND);
    }
}
