package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a stateful run's state cost on disk and in checkpoint time, beside its throughput and peak
 * RSS (docs/performance.md, "What state costs"); each null when not measured.
 *
 * @param checkpointBytes    every byte in the job's checkpoint folder when the run ended, read by the harness from disk:
 *                           the checkpoints the engine retains (Flink's newest with the shared files it references,
 *                           Structured Streaming's logs and state store versions, DStreams' checkpoint files and state
 *                           RDDs) and whatever it had not yet removed when it stopped
 * @param checkpoints        the checkpoints the engine reported completing during the run: Flink's "Completed
 *                           checkpoint" log lines, Structured Streaming's state commits (one per micro-batch);
 *                           null for DStreams, which reports none, and for Flink on a cluster (its JobManager logs them)
 * @param medianCheckpointMs their median duration, as the engine reports it (Flink: trigger to completion;
 *                           Structured Streaming: the state stores' commit time)
 * @param maxCheckpointMs    the longest of them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StateCost(Long checkpointBytes, Integer checkpoints, Double medianCheckpointMs, Long maxCheckpointMs) {

    private static final double MIB = 1024.0 * 1024.0;

    /** {@link #checkpointBytes} in MiB, or null. */
    public Double checkpointMiB() {
        return checkpointBytes == null ? null : checkpointBytes / MIB;
    }
}
