package dev.streamcompare.harness.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Report;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetupSectionsTest {

    private static Report.Setup setup(Report.Load load, String commit, Report.JvmFlags flags) {
        return new Report.Setup(new Report.Machine("cpu", 2, 1L << 34, "Linux", "17", null, null), load, Map.of("flink", "2.3"),
                commit, Map.of(), flags, null, Map.of());
    }

    @Test
    void aVersion2ReportShowsItsCommitItsLoadAndEveryJvmsFlags() {
        Table run = SetupSections.run(setup(new Report.Load(0.5, 1.25, 3.0), "abc123-dirty",
                new Report.JvmFlags(List.of("-Xmx1g"), Map.of("flink", List.of("-Xmx2g", "-XX:+AlwaysPreTouch")))));

        assertThat(run.rows()).containsExactly(
                List.of("git commit", "abc123-dirty"),
                List.of("load average (1 min): start, end, highest", "0.50, 1.25, 3.00"),
                List.of("JVM flags: the harness", "-Xmx1g"),
                List.of("JVM flags: flink's jobs", "-Xmx2g -XX:+AlwaysPreTouch"));
    }

    @Test
    void aReportFromBeforeVersion2HasNoSuchSection() {
        Report.Setup old = setup(null, null, null);

        assertThat(SetupSections.run(old).rows()).isEmpty();
        assertThat(SetupSections.of(old)).extracting(Section::heading).doesNotContain("This comparison");
    }
}
