package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class YardstickTest {

    private static ReferenceMeasurement at(String time, Double wordsPerSecond) {
        return new ReferenceMeasurement("somewhen", "2026-01-01T" + time + "Z", wordsPerSecond, 1.0, 10, "logs/reference-rate.log");
    }

    private static Instant time(String time) {
        return Instant.parse("2026-01-01T" + time + "Z");
    }

    private static final Yardstick THREE = new Yardstick(List.of(at("10:00:00", 5.40e6), at("10:05:00", 8.80e6),
            at("10:10:00", 4.31e6)));

    @Test
    void aRunIsTakenAgainstTheMeasurementNearestToItsMiddle() {
        assertThat(THREE.nearest(time("10:00:10"), time("10:02:00"))).isEqualTo(1);
        assertThat(THREE.nearest(time("10:01:00"), time("10:06:00"))).as("middle 10:03:30").isEqualTo(2);
        assertThat(THREE.nearest(time("10:06:00"), time("10:09:50"))).as("middle 10:07:55").isEqualTo(3);
        assertThat(THREE.nearest(time("10:20:00"), time("10:21:00"))).as("after the last").isEqualTo(3);
    }

    @Test
    void ofTwoAsNearTheEarlierIsTaken() {
        assertThat(THREE.nearest(time("10:02:00"), time("10:03:00"))).as("middle 10:02:30").isEqualTo(1);
    }

    @Test
    void aFailedMeasurementIsNeverTheNearest() {
        Yardstick failedInTheMiddle = new Yardstick(List.of(at("10:00:00", 5e6), at("10:05:00", null), at("10:10:00", 6e6)));

        assertThat(failedInTheMiddle.nearest(time("10:04:00"), time("10:06:00"))).isEqualTo(1);
        assertThat(failedInTheMiddle.nearest(time("10:06:00"), time("10:07:00"))).isEqualTo(3);
        assertThat(failedInTheMiddle.rates()).containsExactly(5e6, 6e6);
        assertThat(new Yardstick(List.of(at("10:00:00", null))).nearest(time("10:00:00"), time("10:01:00"))).isNull();
    }

    @Test
    void theSpreadIsTheFastestOverTheSlowestAndTheMedianIsTheReportsRate() {
        assertThat(THREE.min()).isEqualTo(4.31e6);
        assertThat(THREE.max()).isEqualTo(8.80e6);
        assertThat(THREE.spreadPercent()).isCloseTo(104.18, within(0.01));
        assertThat(THREE.median()).isEqualTo(5.40e6);
        assertThat(THREE.seconds()).isEqualTo(30);
    }

    @Test
    void theMachineMovedWhenTheSpreadIsAboveTenPercent() {
        assertThat(THREE.moved()).isTrue();
        assertThat(new Yardstick(List.of(at("10:00:00", 10e6), at("10:05:00", 11e6))).moved()).as("10 %: not above").isFalse();
        assertThat(new Yardstick(List.of(at("10:00:00", 10e6), at("10:05:00", 11.1e6))).moved()).as("11 %").isTrue();
    }

    @Test
    void oneMeasurementOrNoneHasNoSpreadAndDidNotMove() {
        Yardstick one = new Yardstick(List.of(at("10:00:00", 5e6), at("10:05:00", null)));

        assertThat(one.spreadPercent()).isNull();
        assertThat(one.moved()).isFalse();
        assertThat(one.median()).isEqualTo(5e6);
        assertThat(new Yardstick(null).median()).isNull();
        assertThat(new Yardstick(null).moved()).isFalse();
    }
}
