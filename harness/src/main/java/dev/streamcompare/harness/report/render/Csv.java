package dev.streamcompare.harness.report.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV, as RFC 4180 has it: the headings' record first, then a record per row, each
 * ending in CRLF; a field holding a comma, a double quote, a CR or an LF is enclosed in double
 * quotes, a double quote in it doubled. (No CSV library is at hand offline; this is all it takes.)
 */
final class Csv {

    private static final String CRLF = "\r\n";

    private Csv() {}

    static String of(Table table) {
        StringBuilder csv = new StringBuilder();
        record(csv, table.headings());
        table.rows().forEach(row -> record(csv, row));
        return csv.toString();
    }

    private static void record(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append(CRLF);
    }

    /** One field: as it is, or quoted if it must be. */
    static String field(String text) {
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
