package dev.streamcompare.harness.run;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Stats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Each marker's latency, from the harness's clock only: end to end, the publish time of the batch
 * file holding the marker − its scheduled time (not its send time: a sender that fell behind adds
 * its delay); processing delay, that publish time − that batch's end; and the distinct batches
 * the markers fell in. Markers found but never recorded as sent are not counted.
 *
 * @param endToEndMs        per marker found
 * @param processingDelayMs per marker found
 * @param senderLagMs       per marker sent, found or not: delivered − due
 * @param batches           distinct batch ends among the markers found
 */
public record MarkerLatencies(List<Long> endToEndMs, List<Long> processingDelayMs, List<Long> senderLagMs, int batches) {

    /** The latencies of the markers {@code found} in batch files, of those {@code sent}. */
    public static MarkerLatencies of(Map<String, BatchWatcher.MarkerHit> found, Map<String, Markers.Sent> sent) {
        List<Long> latencies = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        Set<Long> batchEnds = new HashSet<>();
        found.forEach((marker, hit) -> {
            Markers.Sent at = sent.get(marker);
            if (at != null) {
                latencies.add(hit.publishedMillis() - at.scheduledMillis());
                delays.add(hit.publishedMillis() - hit.batchEndMillis());
                batchEnds.add(hit.batchEndMillis());
            }
        });
        List<Long> lags = sent.values().stream().map(Markers.Sent::lagMillis).toList();
        return new MarkerLatencies(List.copyOf(latencies), List.copyOf(delays), lags, batchEnds.size());
    }

    /**
     * As the report holds them: percentiles (no p99 under {@value Stats#MIN_SAMPLES_FOR_P99} samples),
     * with {@code sent} markers sent, the number found, and the lines' lag ({@code lineLags}: lag in ms → lines).
     */
    public Latency toLatency(int sent, SortedMap<Long, Long> lineLags) {
        Latency.SenderLag lag = senderLagMs.isEmpty() && lineLags.isEmpty() ? null
                : new Latency.SenderLag(Stats.Percentiles.of(senderLagMs), Stats.Percentiles.ofCounts(lineLags));
        return new Latency(Stats.Percentiles.of(endToEndMs), Stats.Percentiles.of(processingDelayMs), sent, endToEndMs.size(),
                sent == 0 ? null : batches, lag);
    }
}
