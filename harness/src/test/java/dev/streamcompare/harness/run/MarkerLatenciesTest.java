package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.output.BatchWatcher.MarkerHit;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Stats;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each marker's latency and processing delay, from times set here and worked out by hand. */
class MarkerLatenciesTest {

    @Test
    void latencyIsPublishMinusSendAndDelayIsPublishMinusBatchEnd() {
        // m0: sent 10_200, batch ending 11_000 published 11_450 → latency 1_250, delay 450.
        // m1: sent 11_900, batch ending 12_000 published 12_020 → latency 120, delay 20.
        MarkerLatencies latencies = MarkerLatencies.of(
                Map.of("m0", new MarkerHit(11_450, 11_000), "m1", new MarkerHit(12_020, 12_000)),
                Map.of("m0", 10_200L, "m1", 11_900L));

        assertThat(latencies.endToEndMs()).containsExactlyInAnyOrder(1_250L, 120L);
        assertThat(latencies.processingDelayMs()).containsExactlyInAnyOrder(450L, 20L);
    }

    @Test
    void aMarkerFoundButNeverSentIsIgnoredAndOneSentButNotFoundIsOnlyCountedAsSent() {
        MarkerLatencies latencies = MarkerLatencies.of(
                Map.of("m0", new MarkerHit(5_300, 5_000), "stray", new MarkerHit(9_000, 1_000)),
                Map.of("m0", 5_100L, "lost", 6_000L));

        assertThat(latencies.endToEndMs()).containsExactly(200L);
        assertThat(latencies.processingDelayMs()).containsExactly(300L);
        Latency latency = latencies.toLatency(2);
        assertThat(latency.markersSent()).isEqualTo(2);
        assertThat(latency.markersFound()).isEqualTo(1);
        assertThat(latency.endToEndMs()).isEqualTo(new Stats.Percentiles(200.0, 200.0, 200.0, 200.0, 1));
        assertThat(latency.processingDelayMs()).isEqualTo(new Stats.Percentiles(300.0, 300.0, 300.0, 300.0, 1));
    }

    @Test
    void theReportedPercentilesAreNearestRankOverTheMarkers() {
        // Latencies 100, 200, 300, 400 (sent at 0, published at 100 … 400); delays 10, 20, 30, 40.
        MarkerLatencies latencies = MarkerLatencies.of(
                Map.of("a", new MarkerHit(100, 90), "b", new MarkerHit(200, 180), "c", new MarkerHit(300, 270),
                        "d", new MarkerHit(400, 360)),
                Map.of("a", 0L, "b", 0L, "c", 0L, "d", 0L));

        Latency latency = latencies.toLatency(4);

        // p50: rank ceil(0.5 × 4) = 2nd; p95 and p99: rank 4, the greatest.
        assertThat(latency.endToEndMs()).isEqualTo(new Stats.Percentiles(200.0, 400.0, 400.0, 400.0, 4));
        assertThat(latency.processingDelayMs()).isEqualTo(new Stats.Percentiles(20.0, 40.0, 40.0, 40.0, 4));
        assertThat(latency.markersFound()).isEqualTo(4);
    }

    @Test
    void noMarkerFoundGivesNoPercentiles() {
        Latency latency = MarkerLatencies.of(Map.of(), Map.of("m0", 1_000L)).toLatency(1);

        assertThat(latency).isEqualTo(new Latency(null, null, 1, 0));
    }
}
