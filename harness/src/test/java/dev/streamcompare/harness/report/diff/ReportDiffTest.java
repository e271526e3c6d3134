package dev.streamcompare.harness.report.diff;

import static dev.streamcompare.harness.report.diff.DiffFixtures.BATCH_FLINK;
import static dev.streamcompare.harness.report.diff.DiffFixtures.SOCKET_FLINK;
import static dev.streamcompare.harness.report.diff.DiffFixtures.SOCKET_SPARK;
import static dev.streamcompare.harness.report.diff.DiffFixtures.STATEFUL_FLINK;
import static dev.streamcompare.harness.report.diff.DiffFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.streamcompare.harness.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two reports compared: what moved beyond its noise band, what is refused, what is listed (fixtures: resources/diff). */
class ReportDiffTest {

    private static ReportDiff diff(String old, String now) {
        return ReportDiff.of(old, read(old), now, read(now));
    }

    @Test
    void aReportAgainstItselfMovesNothing() {
        ReportDiff diff = diff("old", "old");

        assertThat(diff.changes()).as("batch: 3 figures (no start-up); socket on flink: 6 and its sustainable rate; on spark: 6")
                .hasSize(16);
        assertThat(diff.moved()).isEmpty();
        assertThat(diff.changes()).allSatisfy(c -> assertThat(c.percent()).isZero());
        assertThat(diff.correctness()).isEmpty();
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.comparable()).isTrue();
        assertThat(diff.drift()).isZero();
    }

    @Test
    void changesWithinTheirNoiseBandMoveNothing() {
        ReportDiff diff = diff("old", "within-noise");

        assertThat(diff.moved()).isEmpty();
        assertThat(diff.changes()).hasSize(16).filteredOn(c -> c.percent() != 0).as("all but latency p99, left alone")
                .hasSize(14);
        FigureChange flink = change(diff, SOCKET_FLINK, Figure.THROUGHPUT);
        assertThat(flink.percent()).as("beyond the floor").isCloseTo(-10.55, within(0.01));
        assertThat(flink.band().source()).as("but within NEW's runs' spread").isEqualTo(NoiseBand.Source.SPREAD);
        assertThat(flink.band().percent()).isCloseTo(25.64, within(0.01));
    }

    @Test
    void aHalvedThroughputIsTheOneFigureFlaggedAndIsSlower() {
        ReportDiff diff = diff("old", "slower");

        assertThat(diff.moved()).singleElement().satisfies(c -> {
            assertThat(c.identity()).isEqualTo(SOCKET_SPARK);
            assertThat(c.figure()).isEqualTo(Figure.THROUGHPUT);
            assertThat(c.percent()).isEqualTo(-50.0);
            assertThat(c.direction()).isEqualTo("slower");
            assertThat(c.regressed()).isTrue();
            assertThat(c.band().source()).as("one run, the drift 0: the floor").isEqualTo(NoiseBand.Source.FLOOR);
        });
    }

    @Test
    void theSameChangeTheOtherWayIsFlaggedAsFasterNotAsARegression() {
        ReportDiff diff = diff("slower", "old");

        assertThat(diff.moved()).singleElement().satisfies(c -> {
            assertThat(c.percent()).isEqualTo(100.0);
            assertThat(c.direction()).isEqualTo("faster");
            assertThat(c.regressed()).isFalse();
        });
    }

    @Test
    void aMachineSlowerAsAWholeMovesNothingWithinTheReferenceRatesDrift() {
        ReportDiff diff = diff("old", "slower-machine");

        assertThat(diff.drift()).isCloseTo(20.0, within(1e-9));
        assertThat(diff.moved()).isEmpty();
        assertThat(change(diff, SOCKET_SPARK, Figure.THROUGHPUT).percent()).isCloseTo(-15.0, within(0.01));
        assertThat(change(diff, SOCKET_SPARK, Figure.THROUGHPUT).band().source()).isEqualTo(NoiseBand.Source.DRIFT);
    }

    @Test
    void anotherMachineOrInputIsNotComparable() {
        assertThat(diff("old", "other-machine").mismatches())
                .containsExactly("CPU model AMD EPYC 7B13 → Intel Xeon Platinum 8375C");
        assertThat(diff("old", "other-input").mismatches()).containsExactly("input sha256 29c3ae22f1d0… → 0b9a8c7d6e5f…");
        assertThat(diff("old", "other-machine").comparable()).isFalse();
    }

    @Test
    void memoryWithinTwoPercentIsTheSameMachinesAndBeyondItAnothers() {
        Report old = DiffFixtures.report();

        assertThat(ReportDiff.of("a", old, "b", withMemory(old, 8_334_737_408L - 50_000_000L)).comparable())
                .as("50 MB less: another kernel's MemTotal").isTrue();
        assertThat(ReportDiff.of("a", old, "b", withMemory(old, 16_669_474_816L)).mismatches())
                .containsExactly("memory 7.8 GiB → 15.5 GiB");
    }

    @Test
    void aReportWithoutASchemaVersionIsVersionOneAndComparesWithANewOne() {
        Report v1 = read("v1");

        assertThat(v1.schemaVersion()).isNull();
        assertThat(v1.schema()).isEqualTo(1);
        assertThat(v1.setup().gitCommit()).isNull();
        assertThat(v1.setup().jvmFlags()).isNull();
        assertThat(v1.setup().loadAverage()).isNull();
        assertThat(read("old").schema()).isEqualTo(Report.SCHEMA_VERSION).isEqualTo(2);
        ReportDiff diff = diff("v1", "old");
        assertThat(diff.comparable()).isTrue();
        assertThat(diff.changes()).hasSize(16);
        assertThat(diff.moved()).isEmpty();
        assertThat(diff.flagChanges()).as("not recorded in v1: nothing to compare").isEmpty();
    }

    @Test
    void aRowThatWentWrongIsFlaggedAndOneThatWentRightIsListed() {
        assertThat(diff("old", "wrong").correctness()).singleElement().satisfies(c -> {
            assertThat(c.identity()).isEqualTo(SOCKET_FLINK);
            assertThat(List.of(c.oldCorrect(), c.oldRuns(), c.newCorrect(), c.newRuns())).containsExactly(2, 2, 1, 2);
            assertThat(c.broke()).isTrue();
        });
        assertThat(diff("wrong", "old").correctness()).singleElement().satisfies(c -> assertThat(c.broke()).isFalse());
    }

    @Test
    void rowsOfOneReportOnlyAreListedAsRemovedAndAdded() {
        ReportDiff diff = diff("old", "rows");

        assertThat(diff.removed()).containsExactly(BATCH_FLINK);
        assertThat(diff.added()).containsExactly(STATEFUL_FLINK);
        assertThat(diff.changes()).noneMatch(c -> c.identity().equals(BATCH_FLINK) || c.identity().equals(STATEFUL_FLINK));
    }

    @Test
    void flagsGainedAndLostAreNamedByJvm() {
        Report old = DiffFixtures.report();
        Report.JvmFlags flags = old.setup().jvmFlags();
        Report now = withFlags(old, new Report.JvmFlags(flags.harness(), Map.of(
                "flink", List.of("-Dfile.encoding=UTF-8", "-Xmx4g", "-Xms4g", "-Djava.io.tmpdir=<work>/tmp"),
                "spark", flags.jobs().get("spark"))));

        assertThat(ReportDiff.of("a", old, "b", now).flagChanges()).containsExactly(
                new ReportDiff.FlagChange("flink jobs", List.of("-Xmx4g", "-Xms4g"), List.of("-Xmx2g", "-Xms2g")));
        assertThat(ReportDiff.of("a", old, "b", old).flagChanges()).isEmpty();
    }

    @Test
    void enginesWhoseSettingsDifferAreNamed() {
        Report old = DiffFixtures.report();
        Report.Setup s = old.setup();
        Report now = withSetup(old, new Report.Setup(s.machine(), s.loadAverage(), s.versions(), s.gitCommit(),
                Map.of("flink", Map.of("parallelism", 1), "spark", s.settings().get("spark")), s.jvmFlags(), s.input(), s.method()));

        assertThat(ReportDiff.of("a", old, "b", now).settingsChanged()).containsExactly("flink");
        assertThat(ReportDiff.of("a", old, "b", old).settingsChanged()).isEmpty();
    }

    @Test
    void aReportWrittenByThisHarnessReadsBackWhole(@TempDir Path folder) throws IOException {
        Report written = DiffFixtures.report();
        written.write(folder);

        Report back = Report.load(folder.resolve(Report.FILE));

        assertThat(back).isEqualTo(written);
        assertThat(back.schemaVersion()).isEqualTo(Report.SCHEMA_VERSION);
        ReportDiff diff = ReportDiff.of("committed", read("old"), "written", back);
        assertThat(diff.comparable()).isTrue();
        assertThat(diff.changes()).as("the committed fixture is this report, trimmed of its nulls").hasSize(16);
        assertThat(diff.moved()).isEmpty();
        assertThat(diff.flagChanges()).isEmpty();
    }

    private static FigureChange change(ReportDiff diff, dev.streamcompare.harness.report.Identity identity, Figure figure) {
        return diff.changes().stream().filter(c -> c.identity().equals(identity) && c.figure() == figure).findFirst().orElseThrow();
    }

    private static Report withMemory(Report report, long bytes) {
        Report.Setup s = report.setup();
        Report.Machine m = s.machine();
        return withSetup(report, new Report.Setup(new Report.Machine(m.cpuModel(), m.cores(), bytes, m.os(), m.java(), m.pinnedCpus(),
                m.pinning()), s.loadAverage(), s.versions(), s.gitCommit(), s.settings(), s.jvmFlags(), s.input(), s.method()));
    }

    private static Report withFlags(Report report, Report.JvmFlags flags) {
        Report.Setup s = report.setup();
        return withSetup(report, new Report.Setup(s.machine(), s.loadAverage(), s.versions(), s.gitCommit(), s.settings(), flags,
                s.input(), s.method()));
    }

    private static Report withSetup(Report report, Report.Setup setup) {
        return new Report(report.schemaVersion(), report.createdUtc(), report.commandLine(), setup, report.findings());
    }
}
