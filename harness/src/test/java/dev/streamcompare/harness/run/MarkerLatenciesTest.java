package dev.streamcompare.harness.run;

import static dev.streamcompare.harness.feed.FakePacer.EPOCH_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.feed.FakePacer;
import dev.streamcompare.harness.feed.FixedRateSender;
import dev.streamcompare.harness.feed.FixedSchedule;
import dev.streamcompare.harness.output.BatchWatcher.MarkerHit;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Stats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each marker's latency, processing delay and the sender's lag, from times set here and worked out by hand. */
class MarkerLatenciesTest {

    private static final SortedMap<Long, Long> NO_LINES = new TreeMap<>();

    private static Markers.Sent onTime(long scheduled) {
        return new Markers.Sent(scheduled, scheduled, 0);
    }

    @Test
    void latencyIsPublishMinusScheduledTimeAndDelayIsPublishMinusBatchEnd() {
        // m0: due 10_200, batch ending 11_000 published 11_450 → latency 1_250, delay 450.
        // m1: due 11_900, batch ending 12_000 published 12_020 → latency 120, delay 20.
        MarkerLatencies latencies = MarkerLatencies.of(
                Map.of("m0", new MarkerHit(11_450, 11_000), "m1", new MarkerHit(12_020, 12_000)),
                Map.of("m0", onTime(10_200), "m1", onTime(11_900)));

        assertThat(latencies.endToEndMs()).containsExactlyInAnyOrder(1_250L, 120L);
        assertThat(latencies.processingDelayMs()).containsExactlyInAnyOrder(450L, 20L);
        assertThat(latencies.batches()).isEqualTo(2);
    }

    @Test
    void aMarkerSentLateCountsFromItsScheduledTimeSoTheSendersDelayIsInItsLatency() {
        // Due at 10_000, the sender held up until 10_400; published 11_450: 1_450 ms, not the 1_050 since it went out.
        MarkerLatencies latencies = MarkerLatencies.of(Map.of("m0", new MarkerHit(11_450, 11_000)),
                Map.of("m0", new Markers.Sent(10_000, 10_400, 400)));

        assertThat(latencies.endToEndMs()).containsExactly(1_450L);
        assertThat(latencies.senderLagMs()).containsExactly(400L);
    }

    @Test
    void aMarkerFoundButNeverSentIsIgnoredAndOneSentButNotFoundIsOnlyCountedAsSent() {
        MarkerLatencies latencies = MarkerLatencies.of(
                Map.of("m0", new MarkerHit(5_300, 5_000), "stray", new MarkerHit(9_000, 1_000)),
                Map.of("m0", onTime(5_100), "lost", new Markers.Sent(6_000, 6_020, 20)));

        Latency latency = latencies.toLatency(2, NO_LINES);

        Stats.Percentiles noLag = new Stats.Percentiles(0.0, 20.0, null, 20.0, 2);
        assertThat(latency).isEqualTo(new Latency(new Stats.Percentiles(200.0, 200.0, null, 200.0, 1),
                new Stats.Percentiles(300.0, 300.0, null, 300.0, 1), 2, 1, 1, new Latency.SenderLag(noLag, null)));
    }

    @Test
    void markersInTheSameBatchCountAsOneBatch() {
        // Five markers: three in the batch ending 2_000, two in the one ending 4_000.
        Map<String, MarkerHit> found = new HashMap<>();
        Map<String, Markers.Sent> sent = new HashMap<>();
        long[] due = {100, 700, 1_300, 2_500, 3_100};
        for (int i = 0; i < due.length; i++) {
            long end = due[i] < 2_000 ? 2_000 : 4_000;
            found.put("m" + i, new MarkerHit(end + 50, end));
            sent.put("m" + i, onTime(due[i]));
        }

        Latency latency = MarkerLatencies.of(found, sent).toLatency(5, NO_LINES);

        assertThat(latency.markersFound()).isEqualTo(5);
        assertThat(latency.markerBatches()).isEqualTo(2);
    }

    @Test
    void noP99FromFewerThanAHundredMarkersAndOneFromAHundred() {
        // Latencies 1, 2, … n ms: the nearest-rank p99 of 100 is the 99th; of 99 there is none.
        for (int n : new int[] {99, 100}) {
            Map<String, MarkerHit> found = new HashMap<>();
            Map<String, Markers.Sent> sent = new HashMap<>();
            for (int i = 1; i <= n; i++) {
                found.put("m" + i, new MarkerHit(i, 0));
                sent.put("m" + i, onTime(0));
            }

            Stats.Percentiles latency = MarkerLatencies.of(found, sent).toLatency(n, NO_LINES).endToEndMs();

            assertThat(latency).as(n + " samples").isEqualTo(n == 99 ? new Stats.Percentiles(50.0, 95.0, null, 99.0, 99)
                    : new Stats.Percentiles(50.0, 95.0, 99.0, 100.0, 100));
        }
    }

    @Test
    void noMarkerFoundGivesNoPercentilesButTheSendersLag() {
        Latency latency = MarkerLatencies.of(Map.of(), Map.of("m0", onTime(1_000))).toLatency(1, NO_LINES);

        assertThat(latency).isEqualTo(new Latency(null, null, 1, 0, 0,
                new Latency.SenderLag(new Stats.Percentiles(0.0, 0.0, null, 0.0, 1), null)));
    }

    /**
     * The whole path on a fake clock: 200 lines at 100 lines/s (2 s) with a marker every 100 ms, a
     * socket that holds the sender up for 700 ms when it writes line 50 (due at 500 ms), and a job
     * that publishes each 1 s batch 100 ms after it ends, holding what reached it in that second.
     */
    @Test
    void aSenderHeldUpByTheSocketHasItsDelayChargedToTheLatencyOfTheMarkersItDelayed() throws Exception {
        FakePacer pacer = new FakePacer();
        Markers markers = new Markers();
        List<String> lines = IntStream.range(0, 200).mapToObj(i -> "l" + i).toList();
        new FixedRateSender(FixedSchedule.of(lines, 100, 100), pacer, markers).toStream(new FixedRateSender.Stream() {
            @Override
            public void line(String line, long dueMillis) {
                if (line.equals("l50")) {
                    pacer.pass(700);
                }
            }

            @Override
            public void flush() {}
        });
        Map<String, MarkerHit> found = new HashMap<>();
        markers.sent().forEach((word, sent) -> {
            long batchEnd = EPOCH_MILLIS + ((sent.sentMillis() - EPOCH_MILLIS) / 1_000 + 1) * 1_000;
            found.put(word, new MarkerHit(batchEnd + 100, batchEnd));
        });

        MarkerLatencies latencies = MarkerLatencies.of(found, markers.sent());

        // Markers 0–5 (due 0–500, sent on time) in the batch published at 1_100; markers 6–11 (due 600–1_100)
        // went out at 1_200, with 12–19 (due and sent 1_200–1_900), in the batch published at 2_100.
        assertThat(latencies.endToEndMs()).containsExactlyInAnyOrder(1_100L, 1_000L, 900L, 800L, 700L, 600L,
                1_500L, 1_400L, 1_300L, 1_200L, 1_100L, 1_000L, 900L, 800L, 700L, 600L, 500L, 400L, 300L, 200L);
        // Lines 51–119, due at 510–1_190, went out at 1_200: 690, 680, … 10 ms late; the other 131 on time.
        Latency latency = latencies.toLatency(markers.count(), markers.lineLags());
        assertThat(latency).isEqualTo(new Latency(new Stats.Percentiles(800.0, 1_400.0, null, 1_500.0, 20),
                new Stats.Percentiles(100.0, 100.0, null, 100.0, 20), 20, 20, 2,
                new Latency.SenderLag(new Stats.Percentiles(0.0, 500.0, null, 600.0, 20),
                        new Stats.Percentiles(0.0, 590.0, 670.0, 690.0, 200))));
    }
}
