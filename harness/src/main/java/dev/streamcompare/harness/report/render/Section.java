package dev.streamcompare.harness.report.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One section of the report: a heading and its parts in order, built once and rendered as Markdown
 * ({@link MarkdownReport}) and as HTML ({@link HtmlReport}) alike.
 */
record Section(String heading, List<Part> parts) {

    Section {
        Objects.requireNonNull(heading);
        parts = List.copyOf(parts);
    }

    /** What a section holds: text, a warning, a table, or charts (HTML only). */
    sealed interface Part permits Text, Warning, Tabular, Figures {}

    /** Paragraphs or a {@code - } list, in the report's small Markdown: {@code **bold**}, {@code `code`}, links. */
    record Text(String markdown) implements Part {}

    /** A statement that must stand out: bold in Markdown, red in HTML. */
    record Warning(String text) implements Part {}

    /** A table; in HTML, the cells {@code wrong} names are red, as is every cell with bold text in it. */
    record Tabular(Table table, Html.Wrong wrong) implements Part {}

    /** Charts, drawn only when HTML is rendered; Markdown has none. */
    record Figures(ChartSource charts) implements Part {}

    /** Draws a section's charts. */
    interface ChartSource {
        List<? extends Chart<?, ?>> charts() throws IOException;
    }

    /** A section built part by part; parts of nothing (empty text, a null table) are left out. */
    static Builder titled(String heading) {
        return new Builder(heading);
    }

    /** Collects a section's parts in order. */
    static final class Builder {

        private final String heading;
        private final List<Part> parts = new ArrayList<>();

        private Builder(String heading) {
            this.heading = heading;
        }

        Builder text(String markdown) {
            if (markdown != null && !markdown.isBlank()) {
                parts.add(new Text(markdown.strip()));
            }
            return this;
        }

        Builder warning(String text) {
            if (text != null && !text.isBlank()) {
                parts.add(new Warning(text.strip()));
            }
            return this;
        }

        Builder table(Table table) {
            return table(table, (row, column) -> false);
        }

        Builder table(Table table, Html.Wrong wrong) {
            if (table != null) {
                parts.add(new Tabular(table, wrong));
            }
            return this;
        }

        Builder charts(ChartSource charts) {
            parts.add(new Figures(charts));
            return this;
        }

        Section build() {
            return new Section(heading, parts);
        }
    }

    /** The section's tables, in order. */
    List<Table> tables() {
        return parts.stream().filter(Tabular.class::isInstance).map(p -> ((Tabular) p).table()).toList();
    }
}
