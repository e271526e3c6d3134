package dev.streamcompare.harness.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.StateCost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checkpoint durations each engine reports in a job's log, read as the harness reads them. */
class EngineCheckpointsTest {

    private static String flink(int id, long bytes, long millis) {
        return "12:00:0" + id + ",123 INFO  o.a.f.r.c.CheckpointCoordinator           - Completed checkpoint " + id
                + " for job 3f1c9a0b2e7d4c55a1b2c3d4e5f60718 (" + bytes + " bytes, checkpointDuration=" + millis
                + " ms, finalizationTime=0 ms).";
    }

    @Test
    void flinksCompletedCheckpointLinesGiveTheirCountMedianAndLongestDuration() {
        StateCost cost = EngineCheckpoints.of(List.of("noise", flink(1, 1200, 40), flink(2, 1300, 10), flink(3, 1400, 25),
                flink(4, 1500, 90)), 4096L);
        assertThat(cost).isEqualTo(new StateCost(4096L, 4, 32.5, 90L));
    }

    @Test
    void structuredStreamingCommitsCountOncePerMicroBatchEvenWhenABatchRunsAgain() {
        StateCost cost = EngineCheckpoints.of(List.of("state commit: batch=0 ms=7 rows=10", "state commit: batch=1 ms=3 rows=12",
                "state commit: batch=1 ms=5 rows=12", "state commit: batch=2 ms=11 rows=15"), 100L);
        assertThat(cost).isEqualTo(new StateCost(100L, 3, 7.0, 11L));
    }

    @Test
    void aLogWithoutCheckpointLinesGivesTheFolderSizeAlone() {
        assertThat(EngineCheckpoints.of(List.of("Time: 1796347690000 ms", "(the, 12)"), 2048L)).isEqualTo(new StateCost(2048L, null, null, null));
        assertThat(EngineCheckpoints.read(null, java.nio.file.Path.of("no-such-folder"))).isEqualTo(new StateCost(null, null, null, null));
    }
}
