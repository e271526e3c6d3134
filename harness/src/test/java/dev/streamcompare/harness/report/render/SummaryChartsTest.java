package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Summary;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.ChartProbe;

/** The charts under the summary table, drawn from the sample of docs/performance.md (three runs a row). */
class SummaryChartsTest {

    private static final List<Summary> ROWS = SampleRows.rows();

    @Test
    void theThroughputChartHasOneLegendEntryPerEngineNotThreeForMinMedianAndMax() {
        CategoryChart throughput = SummaryCharts.of(ROWS).get(0);

        assertThat(throughput.getSeriesMap().values().stream().filter(CategorySeries::isShowInLegend).map(CategorySeries::getName))
                .containsExactly("plain-java", "flink", "flink-tuned", "spark", "spark-tuned", "spark-structured");
    }

    @Test
    void everyEnginesBarsAreInItsEnginesColourInEveryChart() {
        List<CategoryChart> charts = SummaryCharts.of(ROWS);

        assertThat(charts).hasSize(5);
        for (CategoryChart chart : charts) {
            for (CategorySeries series : chart.getSeriesMap().values()) {
                assertThat(series.getFillColor()).as(chart.getTitle() + ": " + series.getName())
                        .isEqualTo(EngineColours.of(series.getName()));
            }
        }
    }

    @Test
    void theThroughputAxisReadsMillionsOfWordsPerSecondWithoutAnExponent() {
        CategoryChart throughput = SummaryCharts.of(ROWS).get(0);

        assertThat(throughput.getYAxisTitle()).isEqualTo("M words/s");
        assertThat(ChartProbe.yTickLabels(throughput)).contains("0.0", "1.0", "7.0").noneMatch(label -> label.contains("E"));
    }

    @Test
    void thousandsOfWordsPerSecondReadInThousands() {
        List<Summary> slow = List.of(row("batch", "flink", 95_000, 95_000, 95_000, 1));

        CategoryChart throughput = SummaryCharts.of(slow).get(0);

        assertThat(throughput.getYAxisTitle()).isEqualTo("k words/s");
        assertThat(ChartProbe.yTickLabels(throughput)).noneMatch(label -> label.contains("E"));
    }

    @Test
    void theCostChartsSayTheirUnitsOnTheAxis() {
        List<CategoryChart> charts = SummaryCharts.of(ROWS);

        assertThat(charts.subList(2, 5)).extracting(CategoryChart::getYAxisTitle).containsExactly("ms", "s", "MiB");
        assertThat(ChartProbe.yTickLabels(charts.get(2))).contains("4,000").noneMatch(label -> label.contains("E"));
    }

    @Test
    void theWhiskerRunsOnItsBarsCentreFromTheSlowestRunToTheFastest() {
        List<Summary> rows = List.of(row("file", "flink", 5e6, 2e6, 8e6, 3), row("file", "spark", 4e6, 3e6, 4.5e6, 3));
        CategoryChart chart = SummaryCharts.of(rows).get(0);
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        double fill = chart.getStyler().getAvailableSpaceFill();
        // spark's bar: the second of two slots in the one category
        int centre = (int) Math.round((chart.getScreenXFromChart((1 - fill) / 2 + fill / 2)
                + chart.getScreenXFromChart((1 - fill) / 2 + fill)) / 2);
        int aboveBar = (int) Math.round(chart.getScreenYFromChart(4.3));
        int aboveWhisker = (int) Math.round(chart.getScreenYFromChart(4.8));

        assertThat(dark(image, centre, aboveBar)).as("the whisker above the median").isTrue();
        assertThat(dark(image, centre - 6, aboveBar)).as("beside the whisker").isFalse();
        assertThat(dark(image, centre, aboveWhisker)).as("above the fastest run").isFalse();
        assertThat(chart.getXAxisTitle()).isEqualTo("bars: median of the correct runs; whiskers: the slowest run to the fastest");
    }

    @Test
    void rowsOfOneRunHaveNoWhiskerAndSaySo() {
        CategoryChart chart = SummaryCharts.of(List.of(row("file", "flink", 5e6, 5e6, 5e6, 1))).get(0);

        assertThat(chart.getXAxisTitle()).isEqualTo("one run each");
    }

    @Test
    void theWhiskersTopIsWithinTheValueAxis() {
        CategoryChart chart = SummaryCharts.of(List.of(row("file", "flink", 5e6, 2e6, 9.5e6, 3))).get(0);

        assertThat(chart.getStyler().getYAxisMax()).isEqualTo(9.5);
    }

    /** Whether a pixel at {@code y} within one of {@code x} is near black: a line drawn with antialiasing spreads over two. */
    private static boolean dark(BufferedImage image, int x, int y) {
        for (int at = x - 1; at <= x + 1; at++) {
            Color pixel = new Color(image.getRGB(at, y));
            if (pixel.getRed() + pixel.getGreen() + pixel.getBlue() < 200) {
                return true;
            }
        }
        return false;
    }

    /** A row of {@code correct} correct runs with this throughput, a latency and costs. */
    static Summary row(String job, String engine, double median, double min, double max, int correct) {
        return new Summary(Identity.parse(job, engine), correct, correct, new Summary.Range(median, min, max), null,
                new Summary.LatencyMs(1200.0, 2100.0, 2300.0, 2600.0), new Summary.DelayMs(300.0, 400.0),
                new Summary.MaxRate(5.0, null, null, null, false), new Summary.Costs(4000.0, 20.0, 1500.0, 1.0), null);
    }
}
