package dev.streamcompare.harness.output;

import dev.streamcompare.harness.report.StateCost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stateful run's {@link StateCost}: the checkpoint folder's size, read from disk when the run
 * has ended, and the checkpoint durations the engine reported in the job's log — Flink's
 * CheckpointCoordinator line per completed checkpoint, the Structured Streaming jobs' line per
 * state commit ({@code StateCommits}, once per micro-batch id: a batch run again after a restart
 * counts once). DStreams reports none.
 */
public final class EngineCheckpoints {

    static final Pattern FLINK = Pattern.compile("Completed checkpoint (\\d+) for job \\S+ \\((\\d+) bytes, checkpointDuration=(\\d+) ms");
    static final Pattern STRUCTURED = Pattern.compile("state commit: batch=(\\d+) ms=(\\d+)");

    private EngineCheckpoints() {}

    /** What the run whose log is {@code log} and whose checkpoint folder is {@code checkpoint} reports. */
    public static StateCost read(Path log, Path checkpoint) {
        return of(lines(log), CheckpointFolder.bytes(checkpoint));
    }

    /** The cost of {@code bytes} on disk and the checkpoints that {@code logLines} report. */
    static StateCost of(List<String> logLines, Long bytes) {
        Map<Long, Long> flink = new TreeMap<>();
        Map<Long, Long> structured = new TreeMap<>();
        for (String line : logLines) {
            Matcher m = FLINK.matcher(line);
            if (m.find()) {
                flink.put(Long.parseLong(m.group(1)), Long.parseLong(m.group(3)));
                continue;
            }
            m = STRUCTURED.matcher(line);
            if (m.find()) {
                structured.put(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            }
        }
        List<Long> durations = new ArrayList<>(flink.isEmpty() ? structured.values() : flink.values());
        if (durations.isEmpty()) {
            return new StateCost(bytes, null, null, null);
        }
        durations.sort(null);
        int n = durations.size();
        double median = n % 2 == 1 ? durations.get(n / 2) : (durations.get(n / 2 - 1) + durations.get(n / 2)) / 2.0;
        return new StateCost(bytes, n, median, durations.get(n - 1));
    }

    private static List<String> lines(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) { // any bytes: the lines sought are ASCII
            return lines.filter(l -> l.contains("Completed checkpoint") || l.contains("state commit:")).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a log that cannot be read reports no checkpoints; the size still stands
        }
    }
}
