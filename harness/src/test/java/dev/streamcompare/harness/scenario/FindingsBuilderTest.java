package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Conditions;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsBuilderTest {

    private static ReferenceMeasurement reference(String time, Double wordsPerSecond) {
        return new ReferenceMeasurement("somewhen", "2026-01-01T" + time + "Z", wordsPerSecond, 0.7, 10, "logs/r.log");
    }

    private static RunResult run(int number, String from, String to) {
        return RunResult.failed(Identity.of(Job.SOCKET, Engine.FLINK), number, "not run")
                .withConditions(Conditions.of("2026-01-01T" + from + "Z", "2026-01-01T" + to + "Z", 0.5, 1.5, null, "local[2]"));
    }

    @Test
    void eachRunIsTakenAgainstTheMeasurementNearestToItAndTheMedianIsTheReferenceRate() {
        FindingsBuilder findings = new FindingsBuilder();
        findings.reference(reference("10:00:00", 8e6));
        findings.run(run(1, "10:00:10", "10:01:00"));
        findings.run(run(2, "10:02:00", "10:05:00")); // middle 10:03:30
        findings.reference(reference("10:05:00", 6e6));
        findings.run(run(3, "10:06:00", "10:09:50")); // middle 10:07:55
        findings.reference(reference("10:10:00", 7e6));

        Report.Findings built = findings.build();

        assertThat(built.runs()).extracting(r -> r.conditions().reference() + " " + r.conditions().referenceWordsPerSecond())
                .containsExactly("1 8000000.0", "2 6000000.0", "3 7000000.0");
        assertThat(built.referenceRateWordsPerSecond()).isEqualTo(7e6);
        assertThat(built.referenceRates()).hasSize(3);
    }

    @Test
    void withoutMeasurementsTheRunsAreAsTheyCameAndThereIsNoReferenceRate() {
        FindingsBuilder findings = new FindingsBuilder();
        RunResult run = run(1, "10:00:10", "10:01:00");
        findings.run(run);

        Report.Findings built = findings.build();

        assertThat(built.runs()).containsExactly(run);
        assertThat(built.referenceRateWordsPerSecond()).isNull();
        assertThat(built.referenceRates()).isNull();
    }
}
