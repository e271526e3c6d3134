package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Yardstick;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSectionTest {

    private static ReferenceMeasurement measured(String when, String time, Double wordsPerSecond) {
        return new ReferenceMeasurement(when, "2026-01-01T" + time + "Z", wordsPerSecond, 1.25, 9.5, "logs/reference-rate.log");
    }

    private static Report report(List<ReferenceMeasurement> measurements) {
        return new Report("2026-01-01T10:00:00Z", "./compare.sh", null, new Report.Findings(List.of(), List.of(), List.of(),
                List.of(), new Yardstick(measurements).median(), measurements, List.of(), null));
    }

    @Test
    void aMachineWhoseSpeedMovedIsSaidToHaveMovedInPlainWords() {
        Report report = report(List.of(measured("before the first run", "10:00:00", 4.31e6),
                measured("after socket, round 1 of 2", "10:05:00", 8.80e6), measured("after socket, round 2 of 2", "10:10:00", 5.40e6)));

        assertThat(ReportWriter.referenceLine(report)).isEqualTo("Reference rate: 5.40 M words/s, the median of 3 measurements "
                + "(4.31 M–8.80 M, spread 104 %) — the reference counter (the jobs' tokenizer and a hash map), one thread, the "
                + "input in memory, third pass, measured before the first run and after each round of runs (29 s in all). "
                + "\"× reference rate\" is the median of each run's throughput over the measurement nearest to it in time.\n\n"
                + "**The machine's speed moved during this comparison: the reference rate measured 4.31 M to 8.80 M words/s, "
                + "the fastest 104 % above the slowest (more than 10 %). Absolute figures taken at different times are not "
                + "comparable; each ratio is taken against the measurement nearest to its run, which corrects for the move only "
                + "as far as the machine held still between the two.**\n\n");
    }

    @Test
    void aSteadyMachineGetsTheRateAndItsSpreadOnly() {
        Report report = report(List.of(measured("before the first run", "10:00:00", 9.0e6),
                measured("after socket, round 1 of 1", "10:05:00", 9.5e6)));

        assertThat(ReportWriter.referenceLine(report)).isEqualTo("Reference rate: 9.25 M words/s, the median of 2 measurements "
                + "(9.00 M–9.50 M, spread 6 %) — the reference counter (the jobs' tokenizer and a hash map), one thread, the "
                + "input in memory, third pass, measured before the first run and after each round of runs (19 s in all). "
                + "\"× reference rate\" is the median of each run's throughput over the measurement nearest to it in time.\n\n");
    }

    @Test
    void theMeasurementsAreListedWithTheirTimeAndLoadAverage() {
        Report report = report(List.of(measured("before the first run", "10:00:00", 9.0e6),
                measured("after socket, round 1 of 1", "10:05:00", null)));

        assertThat(Markdown.table(ReferenceSection.table(report))).isEqualTo("""
                | measurement | when | at (UTC) | words/s | load average | took, s | log |
                |---|---|---|---|---|---|---|
                | #1 | before the first run | 2026-01-01T10:00:00Z | 9.00 M | 1.25 | 9.5 | logs/reference-rate.log |
                | #2 | after socket, round 1 of 1 | 2026-01-01T10:05:00Z | failed | 1.25 | 9.5 | logs/reference-rate.log |
                """);
    }

    @Test
    void aReportFromBeforeTheMeasurementsWereKeptReadsAsItDid() {
        Report old = new Report("2026-01-01T10:00:00Z", "./compare.sh", null,
                new Report.Findings(List.of(), List.of(), List.of(), List.of(), 9.14e6, List.of(), null));

        assertThat(ReportWriter.referenceLine(old)).isEqualTo("Reference rate: 9.14 M words/s — the reference counter (the "
                + "jobs' tokenizer and a hash map), one thread, the input in memory, third pass, in this run. \"× reference rate\" "
                + "is each row's throughput over it.\n\n");
        assertThat(ReferenceSection.table(old)).isNull();
    }
}
