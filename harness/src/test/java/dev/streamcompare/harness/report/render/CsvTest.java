package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.csv and latency.csv: RFC 4180 as written, and a record per row of what they export. */
class CsvTest {

    @TempDir
    Path folder;

    @Test
    void aFieldWithACommaAQuoteOrALineBreakIsQuotedWithItsQuotesDoubled() {
        assertThat(Csv.field("plain text; 1.5 / 2")).isEqualTo("plain text; 1.5 / 2");
        assertThat(Csv.field("local[2], 2 shuffle partitions")).isEqualTo("\"local[2], 2 shuffle partitions\"");
        assertThat(Csv.field("split(\"\\s\")")).isEqualTo("\"split(\"\"\\s\"\")\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\ronly")).isEqualTo("\"cr\ronly\"");
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void aTableIsItsHeadingsThenARecordPerRowEachEndingInCrLf() {
        Table table = new Table(List.of("job", "failure, why"), List.of(List.of("socket", ""),
                List.of("file", "exited, \"killed\"\nafter 3 s")));

        String csv = Csv.of(table);

        assertThat(csv).isEqualTo("job,\"failure, why\"\r\nsocket,\r\nfile,\"exited, \"\"killed\"\"\nafter 3 s\"\r\n");
        assertThat(parse(csv)).isEqualTo(List.of(table.headings(), table.rows().get(0), table.rows().get(1)));
    }

    @Test
    void summaryCsvHasARowPerSummaryRowWithPlainNumbers() throws IOException {
        Report report = RenderFixtures.full(folder);
        List<Summary> rows = Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond());

        ReportWriter.write(report, folder);
        List<List<String>> csv = parse(Files.readString(folder.resolve(ReportWriter.SUMMARY_CSV)));

        List<String> headings = csv.get(0);
        assertThat(csv).hasSize(1 + rows.size());
        assertThat(headings).startsWith("job", "engine", "slots / threads", "runs", "correct runs", "throughput median, words/s");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(csv.get(i + 1)).hasSameSizeAs(headings)
                    .startsWith(rows.get(i).identity().job(), rows.get(i).identity().engine());
        }
        List<String> socketFlink = csv.get(4); // consume, batch flink, batch spark, then socket flink
        assertThat(socketFlink.subList(0, 2)).containsExactly("socket", "flink");
        assertThat(socketFlink.get(headings.indexOf("throughput median, words/s"))).isEqualTo("2275000");
        assertThat(socketFlink.get(headings.indexOf("latency p99, ms"))).isEqualTo("2244");
        assertThat(socketFlink.get(headings.indexOf("latency samples per run (;)"))).isEqualTo("400;400");
        assertThat(csv.get(3).get(headings.indexOf("throughput median, words/s"))).as("no figure: empty").isEmpty();
    }

    @Test
    void latencyCsvHasARowPerMarkerOfEveryTimeline() throws IOException {
        Report report = RenderFixtures.full(folder);
        SoakResult soak = report.findings().soak().get(0);

        ReportWriter.write(report, folder);
        List<List<String>> csv = parse(Files.readString(folder.resolve(ReportWriter.LATENCY_CSV)));

        int markers = report.findings().soak().stream().filter(s -> s.run().timeline() != null)
                .mapToInt(s -> s.run().timeline().latencyMs().size()).sum();
        assertThat(markers).isPositive();
        assertThat(csv).hasSize(1 + markers);
        assertThat(csv.get(0)).containsExactly("from", "job", "engine", "run", "marker scheduled, s since the job's JVM was spawned",
                "end-to-end latency, ms");
        assertThat(csv.get(1)).containsExactly("soak", soak.identity().job(), soak.identity().engine(), "1",
                CsvTables.number(soak.run().timeline().latencyMs().get(0).seconds()),
                CsvTables.number(soak.run().timeline().latencyMs().get(0).value()));
    }

    @Test
    void aNumberIsWrittenPlainWithoutExponentOrTrailingZeros() {
        assertThat(CsvTables.number(2.275e6)).isEqualTo("2275000");
        assertThat(CsvTables.number(1300.0)).isEqualTo("1300");
        assertThat(CsvTables.number(0.25)).isEqualTo("0.25");
        assertThat(CsvTables.number(0.0)).isEqualTo("0");
        assertThat(CsvTables.number(null)).isEmpty();
    }

    /** RFC 4180 read back: records of fields, quoted fields unquoted. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the last record ends in CRLF").isEmpty();
        return records;
    }
}
