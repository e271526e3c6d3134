package dev.streamcompare.harness.run;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each marker's latency, from the harness's clock only: end to end, the publish time of the batch
 * file holding the marker − its send time; processing delay, that publish time − that batch's end.
 * Markers found but never recorded as sent are not counted.
 */
public record MarkerLatencies(List<Long> endToEndMs, List<Long> processingDelayMs) {

    /** The latencies of the markers {@code found} in batch files, of those {@code sentAtMillis}. */
    public static MarkerLatencies of(Map<String, BatchWatcher.MarkerHit> found, Map<String, Long> sentAtMillis) {
        List<Long> latencies = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        found.forEach((marker, hit) -> {
            Long sent = sentAtMillis.get(marker);
            if (sent != null) {
                latencies.add(hit.publishedMillis() - sent);
                delays.add(hit.publishedMillis() - hit.batchEndMillis());
            }
        });
        return new MarkerLatencies(List.copyOf(latencies), List.copyOf(delays));
    }

    /** As the report holds them: percentiles, with {@code sent} markers sent and the number found. */
    public Latency toLatency(int sent) {
        return new Latency(Stats.Percentiles.of(endToEndMs), Stats.Percentiles.of(processingDelayMs), sent, endToEndMs.size());
    }
}
