package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.SustainableResult;
import java.util.ArrayList;
import java.util.List;

/** The findings of a scenario, gathered as its runs end. */
final class FindingsBuilder {

    private final List<RunResult> runs = new ArrayList<>();
    private final List<SustainableResult> sustainable = new ArrayList<>();
    private final List<FaultResult> faults = new ArrayList<>();
    private final List<SoakResult> soak = new ArrayList<>();
    private final List<ScalingPoint> scaling = new ArrayList<>();
    private Double referenceRate;
    private PeerResult peer;

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

    void referenceRate(Double wordsPerSecond) {
        referenceRate = wordsPerSecond;
    }

    void peer(PeerResult result) {
        peer = result;
    }

    Report.Findings build() {
        return new Report.Findings(List.copyOf(runs), List.copyOf(sustainable), List.copyOf(faults), List.copyOf(soak), referenceRate,
                List.copyOf(scaling), peer);
    }
}
