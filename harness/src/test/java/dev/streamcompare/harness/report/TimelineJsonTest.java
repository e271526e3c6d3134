package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's timeline in report.json: the words published over time beside the soak's samples, each left out when absent. */
class TimelineJsonTest {

    private static final List<RunResult.Point> PUBLISHED = List.of(new RunResult.Point(2.345, 1000), new RunResult.Point(3.351, 2500));
    private static final List<RunResult.Point> SAMPLES = List.of(new RunResult.Point(1, 400.5));

    @TempDir
    Path folder;

    private static RunResult run(RunResult.Timeline timeline) {
        return new RunResult(Identity.of(Job.SOCKET, Engine.FLINK), 1, new Verdict(true, null, 0, 2500, 2500, RunResult.Differences.NONE),
                Throughput.NONE, Latency.NONE, Resources.NONE, 0, "log", timeline);
    }

    private Report written(RunResult run) throws IOException {
        new Report("2026-12-03T05:00:00Z", "./compare.sh", new Report.Setup(null, Map.of(), Map.of(), null, Map.of()),
                new Report.Findings(List.of(run), List.of(), List.of(), List.of(), null, List.of(), null)).write(folder);
        return Report.read(folder);
    }

    @Test
    void aStreamingRunsWordsPublishedComeBackAsWrittenWithoutSamplesItNeverTook() throws IOException {
        RunResult run = run(RunResult.Timeline.ofWordsPublished(PUBLISHED));

        assertThat(written(run).findings().runs()).containsExactly(run);
        JsonNode timeline = new ObjectMapper().readTree(folder.resolve(Report.FILE).toFile()).get("runs").get(0).get("timeline");
        assertThat(timeline.fieldNames()).toIterable().containsExactly("wordsPublished");
        assertThat(timeline.get("wordsPublished").get(0).get("seconds").asDouble()).isEqualTo(2.345);
    }

    @Test
    void aSoakTimelineFromBeforeTheWordsPublishedReadsWithoutThemAndWritesNoField() throws IOException {
        RunResult run = run(new RunResult.Timeline(SAMPLES, SAMPLES, SAMPLES));

        RunResult read = written(run).findings().runs().get(0);

        assertThat(read.timeline().wordsPublished()).isNull();
        assertThat(read.timeline().rssMiB()).isEqualTo(SAMPLES);
        assertThat(Files.readString(folder.resolve(Report.FILE))).doesNotContain("wordsPublished");
    }

    @Test
    void aSoakRunKeepsItsSamplesBesideTheWordsPublished() throws IOException {
        RunResult run = run(new RunResult.Timeline(SAMPLES, SAMPLES, List.of()).withWordsPublished(PUBLISHED));

        assertThat(written(run).findings().runs().get(0).timeline())
                .isEqualTo(new RunResult.Timeline(SAMPLES, SAMPLES, List.of(), PUBLISHED));
    }
}
