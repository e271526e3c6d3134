package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sustainable-rate search against a fake probe that keeps up with every rate up to a ceiling. */
class RateSearchTest {

    /** A job that keeps up with {@code ceiling} lines/s and less. */
    private static RateSearch.Probe keepsUpTo(int ceiling) {
        return rate -> new SustainableProbe(rate, rate <= ceiling, 100.0, 200.0, rate <= ceiling ? "" : "latency max 9000 ms > 6000 ms");
    }

    private static List<Integer> rates(SustainableResult.Search search) {
        return search.probes().stream().map(SustainableProbe::linesPerSecond).toList();
    }

    @Test
    void doublesUntilTheFirstProbeThatFallsBehindThenBisectsToWithinFifteenPercent() throws Exception {
        SustainableResult.Search search = RateSearch.run(10_000, 12, keepsUpTo(370_000));

        assertThat(rates(search)).containsExactly(10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 480_000, 400_000,
                360_000);
        assertThat(search.best().linesPerSecond()).isEqualTo(360_000);
        assertThat(search.fellBehindAt()).isEqualTo(400_000);
        assertThat(search.limitReached()).isFalse();
        assertThat((double) search.fellBehindAt() / search.best().linesPerSecond()).isLessThan(RateSearch.PRECISION);
    }

    @Test
    void theProbeLimitStopsTheSearchBeforeAnyFallsBehindAndSaysSo() throws Exception {
        SustainableResult.Search search = RateSearch.run(10_000, 5, keepsUpTo(370_000));

        assertThat(rates(search)).containsExactly(10_000, 20_000, 40_000, 80_000, 160_000);
        assertThat(search.best().linesPerSecond()).isEqualTo(160_000);
        assertThat(search.fellBehindAt()).isNull();
        assertThat(search.limitReached()).isTrue();
    }

    @Test
    void theProbeLimitCanStopTheBisectionTooAndSaysSo() throws Exception {
        SustainableResult.Search search = RateSearch.run(10_000, 8, keepsUpTo(370_000));

        assertThat(rates(search)).containsExactly(10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 480_000);
        assertThat(search.best().linesPerSecond()).isEqualTo(320_000);
        assertThat(search.fellBehindAt()).isEqualTo(480_000);
        assertThat(search.limitReached()).isTrue();
    }

    @Test
    void aSearchThatEndsOnItsLastAllowedProbeHasNotBeenStoppedByTheLimit() throws Exception {
        SustainableResult.Search search = RateSearch.run(10_000, 10, keepsUpTo(370_000));

        assertThat(search.probes()).hasSize(10);
        assertThat(search.limitReached()).isFalse();
    }

    @Test
    void aStartRateTooHighIsHalvedUntilOneKeepsUpThenBisected() throws Exception {
        SustainableResult.Search search = RateSearch.run(10_000, 12, keepsUpTo(3_000));

        assertThat(rates(search)).containsExactly(10_000, 5_000, 2_500, 3_750, 3_125, 2_812);
        assertThat(search.best().linesPerSecond()).isEqualTo(2_812);
        assertThat(search.fellBehindAt()).isEqualTo(3_125);
        assertThat(search.limitReached()).isFalse();
    }

    @Test
    void aJobThatKeepsUpWithNothingHasNoRate() throws Exception {
        SustainableResult.Search search = RateSearch.run(8, 12, keepsUpTo(0));

        assertThat(rates(search)).containsExactly(8, 4, 2, 1);
        assertThat(search.best()).isNull();
        assertThat(search.fellBehindAt()).isEqualTo(1);
        assertThat(search.limitReached()).isFalse();
    }
}
