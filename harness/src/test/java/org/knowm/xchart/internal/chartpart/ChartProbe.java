package org.knowm.xchart.internal.chartpart;

import java.util.List;
import org.knowm.xchart.BitmapEncoder;

/**
 * What a chart draws, read back from XChart's own parts (in XChart's package, for its package-private
 * accessors): the tests' way to see tick labels, which XChart draws as outlines, not text.
 */
public final class ChartProbe {

    private ChartProbe() {}

    /** The value axis's tick labels, as drawn: the chart is painted first, which lays them out. */
    public static List<String> yTickLabels(Chart<?, ?> chart) {
        BitmapEncoder.getBufferedImage(chart);
        return chart.getYAxis().getAxisTickCalculator().getTickLabels();
    }

    /** The category (or x) axis's tick labels, as drawn. */
    public static List<String> xTickLabels(Chart<?, ?> chart) {
        BitmapEncoder.getBufferedImage(chart);
        return chart.getXAxis().getAxisTickCalculator().getTickLabels();
    }
}
