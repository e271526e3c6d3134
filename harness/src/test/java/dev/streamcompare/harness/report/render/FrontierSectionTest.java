package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.FrontierPoint;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Stats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The latency–throughput frontier's chart. */
class FrontierSectionTest {

    @Test
    void eachLineIsInItsEnginesColourAndLinesOfOneEngineDifferInPatternByJob() {
        List<FrontierPoint> points = List.of(point("stateful", "flink", 1000), point("stateful", "flink", 200),
                point("stateful", "spark-structured", 1000), point("socket", "flink-tuned", 1000), point("socket", "flink", 1000));

        XYChart chart = FrontierSection.chart(points);

        List<XYSeries> lines = List.copyOf(chart.getSeriesMap().values());
        assertThat(lines).hasSize(4);
        lines.forEach(s -> assertThat(s.getLineColor()).as(s.getName())
                .isEqualTo(EngineColours.of(s.getName().split(" ")[1])));
        XYSeries statefulFlink = chart.getSeriesMap().get("stateful flink (1000 → 200 ms)");
        XYSeries socketFlink = chart.getSeriesMap().get("socket flink (1000 ms)");
        assertThat(statefulFlink.getLineColor()).isEqualTo(socketFlink.getLineColor());
        assertThat(statefulFlink.getLineStyle()).isNotEqualTo(socketFlink.getLineStyle());
    }

    private static FrontierPoint point(String job, String engine, long intervalMs) {
        Latency latency = new Latency(new Stats.Percentiles(400.0, 800.0, 900.0, 950.0, 120), null, 120, 120);
        return new FrontierPoint(Identity.parse(job, engine), intervalMs, null, null, 16_000, latency, true, true, null);
    }
}
