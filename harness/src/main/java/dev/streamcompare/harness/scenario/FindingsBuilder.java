package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.report.Conditions;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.FrontierPoint;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.report.Yardstick;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The findings of a scenario, gathered as its runs end. */
final class FindingsBuilder {

    private final List<RunResult> runs = new ArrayList<>();
    private final List<SustainableResult> sustainable = new ArrayList<>();
    private final List<FaultResult> faults = new ArrayList<>();
    private final List<SoakResult> soak = new ArrayList<>();
    private final List<ScalingPoint> scaling = new ArrayList<>();
    private final List<ReferenceMeasurement> references = new ArrayList<>();
    private final List<FrontierPoint> frontier = new ArrayList<>();
    private PeerResult peer;

    void frontier(List<FrontierPoint> points) {
        frontier.addAll(points);
    }

    void run(RunResult run) {
        runs.add(run);
    }

    void sustainable(SustainableResult result) {
        sustainable.add(result);
    }

    void faults(List<FaultResult> results) {
        faults.addAll(results);
    }

    void soak(List<SoakResult> results) {
        soak.addAll(results);
    }

    void scaling(List<ScalingPoint> points) {
        scaling.addAll(points);
    }

    /** A measurement of the reference rate, taken after those before it. */
    void reference(ReferenceMeasurement measurement) {
        references.add(measurement);
    }

    void peer(PeerResult result) {
        peer = result;
    }

    /**
     * The findings: each run with conditions taken against the reference measurement nearest to it
     * in time, and the median of the measurements as the reference rate.
     */
    Report.Findings build() {
        Yardstick yardstick = new Yardstick(references);
        return new Report.Findings(runs.stream().map(run -> againstNearest(run, yardstick)).toList(), List.copyOf(sustainable),
                List.copyOf(faults), List.copyOf(soak), yardstick.median(), references.isEmpty() ? null : List.copyOf(references),
                List.copyOf(scaling), peer, frontier.isEmpty() ? null : List.copyOf(frontier));
    }

    private static RunResult againstNearest(RunResult run, Yardstick yardstick) {
        Conditions conditions = run.conditions();
        if (conditions == null || conditions.startedUtc() == null || conditions.endedUtc() == null) {
            return run;
        }
        Integer nearest = yardstick.nearest(Instant.parse(conditions.startedUtc()), Instant.parse(conditions.endedUtc()));
        return nearest == null ? run
                : run.withConditions(conditions.withReference(nearest, yardstick.measurement(nearest).wordsPerSecond()));
    }
}
