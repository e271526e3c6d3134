package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Report;
import java.util.List;

/** report.md: the report's sections ({@link Sections}) in Markdown. */
final class MarkdownReport {

    private MarkdownReport() {}

    static String of(Report report, List<Section> sections) {
        StringBuilder md = new StringBuilder("# streamcompare report, ").append(report.createdUtc()).append("\n\n");
        md.append("`").append(report.commandLine()).append("`\n\n");
        sections.forEach(section -> md.append(section(section)));
        return md.toString().stripTrailing() + "\n";
    }

    /** A section: its heading, then each part followed by a blank line; charts are left out. */
    static String section(Section section) {
        StringBuilder md = new StringBuilder("## ").append(section.heading()).append("\n\n");
        for (Section.Part part : section.parts()) {
            md.append(part(part));
        }
        return md.toString();
    }

    /** A part of a section and the blank line after it; nothing for charts. */
    static String part(Section.Part part) {
        if (part instanceof Section.Text text) {
            return text.markdown() + "\n\n";
        }
        if (part instanceof Section.Warning warning) {
            return "**" + warning.text() + "**\n\n";
        }
        if (part instanceof Section.Tabular tabular) {
            return Markdown.table(tabular.table()) + "\n";
        }
        return ""; // charts

    }
}
