package dev.streamcompare.harness.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report's small Markdown as HTML: paragraphs, {@code - } lists, {@code **bold**},
 * {@code *emphasis*}, {@code `code`} and {@code [links](to)}; everything else is text, escaped.
 * (No Markdown library is at hand offline; the report's texts use these and nothing more.)
 */
final class MarkdownHtml {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?=[^*\\s])([^*\\n]*?)(?<=[^*\\s])\\*(?![*\\w])");

    private MarkdownHtml() {}

    /** Paragraphs (separated by blank lines) as {@code <p>}, lines starting {@code - } as the items of a {@code <ul>}. */
    static String blocks(String markdown) {
        StringBuilder html = new StringBuilder();
        for (String block : BLANK_LINE.split(markdown.strip())) {
            List<String> paragraph = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : block.lines().toList()) {
                if (line.startsWith("- ")) {
                    paragraph(html, paragraph);
                    items.add(line.substring(2).strip());
                } else if (!items.isEmpty() && line.startsWith(" ")) {
                    items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
                } else {
                    list(html, items);
                    paragraph.add(line.strip());
                }
            }
            paragraph(html, paragraph);
            list(html, items);
        }
        return html.toString();
    }

    private static void paragraph(StringBuilder html, List<String> lines) {
        if (!lines.isEmpty()) {
            html.append("<p>").append(inline(String.join(" ", lines))).append("</p>");
            lines.clear();
        }
    }

    private static void list(StringBuilder html, List<String> items) {
        if (!items.isEmpty()) {
            html.append("<ul>");
            items.forEach(item -> html.append("<li>").append(inline(item)).append("</li>"));
            html.append("</ul>");
            items.clear();
        }
    }

    /** A line's spans as HTML, escaped: code spans as they are, then links, bold and emphasis. */
    static String inline(String markdown) {
        String[] pieces = markdown.split("`", -1);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            boolean code = i % 2 == 1 && i < pieces.length - 1; // an unclosed backtick is text
            if (code) {
                html.append("<code>").append(Html.escape(pieces[i])).append("</code>");
            } else {
                html.append(i % 2 == 1 ? "`" : "").append(spans(Html.escape(pieces[i])));
            }
        }
        return html.toString();
    }

    private static String spans(String escaped) {
        String linked = LINK.matcher(escaped).replaceAll("<a href=\"$2\">$1</a>");
        String bold = BOLD.matcher(linked).replaceAll("<strong>$1</strong>");
        return EMPHASIS.matcher(bold).replaceAll("<em>$1</em>");
    }

    /** Whether {@code markdown} has bold text in it: in a table cell, the mark of something wrong ({@code **no**}). */
    static boolean hasBold(String markdown) {
        return BOLD.matcher(markdown).find();
    }
}
