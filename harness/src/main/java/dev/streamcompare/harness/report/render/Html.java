package dev.streamcompare.harness.report.render;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Pieces of report.html. */
final class Html {

    /** Which cells to show as wrong (in red): by row and column, counted from 0. */
    interface Wrong {
        boolean at(int row, int column);
    }

    private Html() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The table as an HTML table, every cell escaped and its Markdown spans shown as such (a link as a
     * link); a cell {@code wrong} names, or with bold text in it (a bold {@code no}), in red.
     */
    static String table(Table table, Wrong wrong) {
        StringBuilder html = new StringBuilder("<table><tr>");
        table.headings().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>");
        for (int r = 0; r < table.rows().size(); r++) {
            html.append("<tr>");
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                html.append(wrong.at(r, c) || MarkdownHtml.hasBold(cell) ? "<td class=\"wrong\">" : "<td>")
                        .append(MarkdownHtml.inline(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    static String table(Table table) {
        return table(table, (row, column) -> false);
    }

    /**
     * {@code chart} as a PNG embedded in the page, so that report.html stands alone. A PNG, not the
     * SVG that {@link ChartFiles} writes for the docs: XChart draws every letter as an outline, so the
     * SVG is about five times the PNG's bytes (the throughput chart: 175 KB against 35 KB) and no
     * sharper at the page's 900 px, nor searchable.
     */
    static String image(Chart<?, ?> chart) throws IOException {
        return "<img alt=\"" + escape(chart.getTitle()) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG)) + "\">";
    }
}
