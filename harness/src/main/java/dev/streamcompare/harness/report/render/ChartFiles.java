package dev.streamcompare.harness.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart as files for the docs: a PNG and an SVG beside it. The SVG is XChart's (VectorGraphics2D's),
 * made smaller and steadier: coordinates to a tenth of a pixel, clip paths numbered in order, no DOCTYPE
 * (nothing to fetch), and the chart's title as its {@code <title>}, since XChart draws every piece of
 * text as outlines.
 */
final class ChartFiles {

    private static final Pattern LONG_DECIMAL = Pattern.compile("-?\\d+\\.\\d{2,}");
    private static final Pattern CLIP_ID = Pattern.compile("id=\"(clip-?\\d+)\"");

    private ChartFiles() {}

    /** Writes {@code chart} to {@code folder} as {@code stem}.png and {@code stem}.svg. */
    static void write(Chart<?, ?> chart, Path folder, String stem) throws IOException {
        Files.write(folder.resolve(stem + ".png"), BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        Files.writeString(folder.resolve(stem + ".svg"), svg(chart), StandardCharsets.UTF_8);
    }

    /** {@code chart} as an SVG document. */
    static String svg(Chart<?, ?> chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        String svg = out.toString(StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE[^>]*>\\s*", "");
        svg = rounded(numberedClips(svg));
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        return svg.substring(0, open) + "\n  <title>" + Html.escape(chart.getTitle()) + "</title>" + svg.substring(open);
    }

    /** Every number with more than 1 decimal rounded to 1 (a tenth of a pixel). */
    private static String rounded(String svg) {
        return LONG_DECIMAL.matcher(svg).replaceAll(m -> new BigDecimal(m.group()).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString());
    }

    /** Clip paths as {@code c1}, {@code c2}, … in the order they are defined, in place of numbers that change each run. */
    private static String numberedClips(String svg) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher clip = CLIP_ID.matcher(svg);
        while (clip.find()) {
            ids.putIfAbsent(clip.group(1), "c" + (ids.size() + 1));
        }
        String numbered = svg;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            numbered = numbered.replace("\"" + id.getKey() + "\"", "\"" + id.getValue() + "\"")
                    .replace("#" + id.getKey() + ")", "#" + id.getValue() + ")");
        }
        return numbered;
    }
}
