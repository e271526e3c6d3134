package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalLineTest {

    private static Summary row(String job, String engine, Double ratio) {
        return new Summary(Identity.parse(job, engine), 1, 1, new Summary.Range(1e6, 1e6, 1e6), ratio,
                new Summary.LatencyMs(null, null, null, null), new Summary.DelayMs(null, null), null,
                new Summary.Costs(null, null, null, null), null);
    }

    @Test
    void namesEveryTunedRowBelowHalfTheReferenceRate() {
        String line = ReportWriter.goalLine(List.of(row("socket", "flink", 0.17), row("socket", "flink-tuned", 0.36),
                row("file", "flink-tuned", 0.52), row("socket", "spark-tuned", 0.23)), 9e6);

        assertThat(line).startsWith("Goal: every tuned streaming job at 0.5 × the reference rate or more. Missed by 2 of 3 tuned rows: ")
                .contains("socket flink-tuned 0.36", "socket spark-tuned 0.23").doesNotContain("file flink-tuned", "socket flink ");
    }

    @Test
    void saysWhenEveryTunedRowMeetsIt() {
        assertThat(ReportWriter.goalLine(List.of(row("socket", "flink-tuned", 0.5), row("file", "spark-tuned", 0.61)), 9e6))
                .contains("Met by all 2 tuned rows.");
    }

    @Test
    void aMissJustUnderTheGoalIsNotPrintedAsTheGoal() {
        assertThat(ReportWriter.goalLine(List.of(row("socket", "spark-tuned", 0.4981), row("file", "spark-tuned", 0.61)), 9e6))
                .contains("Missed by 1 of 2 tuned rows: socket spark-tuned 0.498 ");
    }

    @Test
    void aTunedRowWithoutACorrectRunMissesIt() {
        assertThat(ReportWriter.goalLine(List.of(row("socket", "flink-tuned", 0.6), row("stateful", "flink-tuned", null)), 9e6))
                .contains("Missed by 1 of 2 tuned rows: stateful flink-tuned (no correct run)");
    }

    @Test
    void saysNothingWithoutTunedRowsOrAReferenceRate() {
        assertThat(ReportWriter.goalLine(List.of(row("socket", "flink", 0.2)), 9e6)).isEmpty();
        assertThat(ReportWriter.goalLine(List.of(row("socket", "flink-tuned", null)), null)).isEmpty();
    }
}
