package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A streaming run's latency, from the markers of its fixed-rate phase.
 *
 * @param endToEndMs        publish time of the batch file holding a marker − the marker's send time
 * @param processingDelayMs publish time of that batch file − that batch's end
 * @param markersSent       markers injected in the fixed-rate phase
 * @param markersFound      markers found in published batch files
 */
public record Latency(@JsonProperty("latencyMs") Stats.Percentiles endToEndMs, Stats.Percentiles processingDelayMs,
                      int markersSent, int markersFound) {

    /** No latency: a batch job, the baseline, or a run that never reached its fixed-rate phase. */
    public static final Latency NONE = new Latency(null, null, 0, 0);
}
