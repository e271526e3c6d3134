package dev.streamcompare.harness.report.render;

import java.util.List;
import java.util.stream.Collectors;

/** Tables in Markdown: a row a line, cells between {@code |}. */
final class Markdown {

    private Markdown() {}

    /** The table, the heading row and the {@code |---|} row first; every line ends with a newline. */
    static String table(Table table) {
        StringBuilder md = new StringBuilder();
        row(md, table.headings());
        md.append('|').append("---|".repeat(table.headings().size())).append('\n');
        table.rows().forEach(cells -> row(md, cells));
        return md.toString();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(cells.stream().map(Markdown::cell).collect(Collectors.joining(" | "))).append(" |\n");
    }

    /** Text in a cell: a {@code |} in it becomes {@code /}, so that it cannot end the cell. */
    static String cell(String text) {
        return text.replace('|', '/');
    }
}
