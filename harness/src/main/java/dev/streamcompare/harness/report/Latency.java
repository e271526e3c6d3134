package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A streaming run's latency, from the markers of its fixed-rate phase, sent on a schedule fixed
 * before the phase: each marker's latency runs from its time on that schedule, so a sender held
 * up (a socket pushing back, the harness descheduled) adds its delay to the latency instead of
 * hiding it. How far the sender fell behind is recorded beside it.
 *
 * @param endToEndMs        publish time of the batch file holding a marker − the marker's scheduled time
 * @param processingDelayMs publish time of that batch file − that batch's end
 * @param markersSent       markers injected in the fixed-rate phase
 * @param markersFound      markers found in published batch files: the latency's samples
 * @param markerBatches     distinct batches the markers found fell in (null in reports from before it existed)
 * @param senderLagMs       how far behind its schedule the sender was (null in reports from before it existed)
 */
public record Latency(@JsonProperty("latencyMs") Stats.Percentiles endToEndMs, Stats.Percentiles processingDelayMs,
                      int markersSent, int markersFound, Integer markerBatches, SenderLag senderLagMs) {

    /** No latency: a batch job, the baseline, or a run that never reached its fixed-rate phase. */
    public static final Latency NONE = new Latency(null, null, 0, 0, null, null);

    /** Latency without the batches and the sender's lag: as reports had it before they were recorded. */
    public Latency(Stats.Percentiles endToEndMs, Stats.Percentiles processingDelayMs, int markersSent, int markersFound) {
        this(endToEndMs, processingDelayMs, markersSent, markersFound, null, null);
    }

    /**
     * How far behind its schedule the fixed-rate sender was, ms.
     *
     * @param markers each marker: delivered − due (file jobs: due is the time of the file holding it)
     * @param lines   each line: when the sender came to it − when it was due
     */
    public record SenderLag(Stats.Percentiles markers, Stats.Percentiles lines) {}
}
