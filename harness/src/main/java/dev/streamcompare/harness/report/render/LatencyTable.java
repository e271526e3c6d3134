package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Stats;
import java.util.List;

/** Latency per streaming run: its samples and batches, percentiles, and how far the sender fell behind its schedule. */
final class LatencyTable {

    /** A p99 that is not there because the sample is too small. */
    static final String NO_P99 = "n/a (< " + Stats.MIN_SAMPLES_FOR_P99 + " samples)";

    private LatencyTable() {}

    /** What the per-run table shows above it. */
    static final String TEXT = "Each streaming run's latency: markers found (of those sent) and the distinct batches they "
            + "fell in; latency from each marker's scheduled time; how far behind its schedule the sender was, per marker "
            + "and over the lines. No p99 from fewer than " + Stats.MIN_SAMPLES_FOR_P99 + " samples.";

    /** A p99, or why there is none. */
    static String p99(Double p99) {
        return p99 == null ? NO_P99 : Format.ms(p99);
    }

    /** A run's p99, or why there is none, with its sample count. */
    private static String p99(Stats.Percentiles p) {
        return p.p99() == null ? "n/a (" + p.samples() + " samples)" : Format.ms(p.p99());
    }

    /** The runs that sent markers, a row each; null if none did. */
    static Table of(List<RunResult> runs) {
        List<RunResult> sampled = runs.stream().filter(r -> r.latency() != null && r.latency().markersSent() > 0).toList();
        if (sampled.isEmpty()) {
            return null;
        }
        return new Table(List.of("job", "engine", "run", "markers found / sent", "batches", "latency p50 / p95 / p99 / max, ms",
                "processing delay p50 / p99, ms", "sender behind schedule: markers p99 / max, ms", "lines p99 / max, ms"),
                sampled.stream().map(LatencyTable::row).toList());
    }

    private static List<String> row(RunResult run) {
        Latency l = run.latency();
        Latency.SenderLag lag = l.senderLagMs();
        return List.of(run.identity().job(), run.identity().engine(), String.valueOf(run.run()),
                l.markersFound() + " / " + l.markersSent(), l.markerBatches() == null ? NONE : String.valueOf(l.markerBatches()),
                percentiles(l.endToEndMs()), l.processingDelayMs() == null ? NONE
                        : Format.ms(l.processingDelayMs().p50()) + " / " + p99(l.processingDelayMs()),
                lag == null ? NONE : p99AndMax(lag.markers()), lag == null ? NONE : p99AndMax(lag.lines()));
    }

    private static String percentiles(Stats.Percentiles p) {
        return p == null ? NONE : Format.ms(p.p50()) + " / " + Format.ms(p.p95()) + " / " + p99(p) + " / " + Format.ms(p.max());
    }

    private static String p99AndMax(Stats.Percentiles p) {
        return p == null ? NONE : p99(p) + " / " + Format.ms(p.max());
    }
}
