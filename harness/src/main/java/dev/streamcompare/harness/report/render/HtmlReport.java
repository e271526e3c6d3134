package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Html.escape;

import dev.streamcompare.harness.report.Report;
import java.io.IOException;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/** report.html, self-contained: the report's sections ({@link Sections}) in HTML, charts embedded. */
final class HtmlReport {

    private static final String HEAD = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>streamcompare report</title>
            <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
            th{background:#f3f3f3}.wrong{color:#b00;font-weight:bold}img{max-width:100%;margin:1em 0}
            code{background:#f3f3f3;padding:0 2px}li{margin:.3em 0}</style>
            </head><body>
            """;

    private HtmlReport() {}

    static String of(Report report, List<Section> sections) throws IOException {
        StringBuilder html = new StringBuilder(HEAD);
        html.append("<h1>streamcompare report, ").append(escape(report.createdUtc())).append("</h1>");
        html.append("<p><code>").append(escape(report.commandLine())).append("</code></p>");
        for (Section section : sections) {
            html.append(section(section));
        }
        return html.append("</body></html>\n").toString();
    }

    /** A section: its heading, then each part; its charts drawn here. */
    static String section(Section section) throws IOException {
        StringBuilder html = new StringBuilder("<h2>").append(escape(section.heading())).append("</h2>");
        for (Section.Part part : section.parts()) {
            html.append(part(part));
        }
        return html.toString();
    }

    private static String part(Section.Part part) throws IOException {
        if (part instanceof Section.Text text) {
            return MarkdownHtml.blocks(text.markdown());
        }
        if (part instanceof Section.Warning warning) {
            return "<p class=\"wrong\">" + MarkdownHtml.inline(warning.text()) + "</p>";
        }
        if (part instanceof Section.Tabular tabular) {
            return Html.table(tabular.table(), tabular.wrong());
        }
        return images(((Section.Figures) part).charts().charts());
    }

    private static String images(List<? extends Chart<?, ?>> charts) throws IOException {
        StringBuilder html = new StringBuilder();
        for (Chart<?, ?> chart : charts) {
            html.append(Html.image(chart));
        }
        return html.toString();
    }
}
