package dev.streamcompare.harness.report.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure's noise band: the largest of its runs' spread, the floor and the reference rate's drift. */
class NoiseBandTest {

    @Test
    void theBandIsTheLargestOfSpreadFloorAndDrift() {
        assertThat(new NoiseBand(5.0, 12.0, 3.0).percent()).isEqualTo(12.0);
        assertThat(new NoiseBand(5.0, 12.0, 3.0).source()).isEqualTo(NoiseBand.Source.SPREAD);
        assertThat(new NoiseBand(5.0, null, 20.0).percent()).isEqualTo(20.0);
        assertThat(new NoiseBand(5.0, null, 20.0).source()).isEqualTo(NoiseBand.Source.DRIFT);
        assertThat(new NoiseBand(null, null, null).percent()).isEqualTo(NoiseBand.FLOOR_PERCENT).isEqualTo(10.0);
        assertThat(new NoiseBand(null, 4.0, 2.0).source()).isEqualTo(NoiseBand.Source.FLOOR);
    }

    @Test
    void onlyAChangeBeyondTheBandEitherWayExceedsIt() {
        NoiseBand band = new NoiseBand(null, null, null);

        assertThat(band.exceededBy(10.0)).as("at the band: not beyond it").isFalse();
        assertThat(band.exceededBy(-10.0)).isFalse();
        assertThat(band.exceededBy(10.1)).isTrue();
        assertThat(band.exceededBy(-10.1)).isTrue();
    }

    @Test
    void theSpreadIsMaxMinusMinOverTheMedianOfTwoRunsOrMore() {
        assertThat(NoiseBand.spreadOf(List.of(2.31e6, 2.05e6))).isCloseTo(0.26 / 2.18 * 100, within(1e-9));
        assertThat(NoiseBand.spreadOf(List.of(3.0, 1.0, 2.0))).isCloseTo(100.0, within(1e-9));
        assertThat(NoiseBand.spreadOf(List.of(2.0))).as("one run: no spread").isNull();
        assertThat(NoiseBand.spreadOf(Arrays.asList(2.0, null))).as("a run without the figure does not count").isNull();
    }

    @Test
    void eachFigureSaysWhichWayIsWorse() {
        assertThat(Figure.THROUGHPUT.direction(-50)).isEqualTo("slower");
        assertThat(Figure.THROUGHPUT.direction(20)).isEqualTo("faster");
        assertThat(Figure.LATENCY_P99.direction(20)).isEqualTo("slower");
        assertThat(Figure.STARTUP.direction(-20)).isEqualTo("faster");
        assertThat(Figure.PEAK_RSS.direction(20)).isEqualTo("more memory");
        assertThat(Figure.CPU.direction(-20)).isEqualTo("less CPU");
        assertThat(Figure.SUSTAINABLE.worse(-20)).isTrue();
        assertThat(Figure.CPU.direction(0)).isNull();
    }

    @Test
    void aThroughputKnownOnlyToItsErrorBoundMovesOnlyBeyondIt() {
        NoiseBand band = new NoiseBand(null, null, 2.0, 35.0);

        assertThat(band.percent()).isEqualTo(35.0);
        assertThat(band.source()).isEqualTo(NoiseBand.Source.ERROR);
        assertThat(band.exceededBy(-30.0)).as("a 30 %% drop within a ±35 %% figure").isFalse();
        assertThat(band.exceededBy(-40.0)).isTrue();
    }
}
