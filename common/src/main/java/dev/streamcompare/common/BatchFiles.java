package dev.streamcompare.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads what the jobs publish: the batch files of the output contract ({@link BatchOutput}). */
public final class BatchFiles {

    private BatchFiles() {}

    /** The published batch files in {@code folder}, oldest batch first; none when it does not exist. */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(BatchFiles::isBatchFile)
                    .sorted((a, b) -> Long.compare(batchEnd(a), batchEnd(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code file} is a published batch file (not a temporary one). */
    public static boolean isBatchFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("batch-") && name.endsWith(".tsv");
    }

    /** The batch end, in epoch milliseconds, that a batch file is named for. */
    public static long batchEnd(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring("batch-".length(), name.length() - ".tsv".length()));
    }

    /** The word counts of one batch file. */
    public static Map<String, Long> read(Path file) {
        Map<String, Long> counts = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                counts.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)), Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** The totals of a stateless job: the sum of all its batch files. */
    public static Map<String, Long> sum(Path folder) {
        Map<String, Long> totals = new HashMap<>();
        for (Path file : list(folder)) {
            read(file).forEach((word, count) -> totals.merge(word, count, Long::sum));
        }
        return totals;
    }

    /** The totals of a stateful job: its newest batch file, which holds the whole state. */
    public static Map<String, Long> newest(Path folder) {
        List<Path> files = list(folder);
        return files.isEmpty() ? Map.of() : read(files.get(files.size() - 1));
    }

    /**
     * The totals of a job that publishes changes (Flink's per-record variant): each word's count in
     * the newest file that holds it, the files taken in order of their batch end.
     */
    public static Map<String, Long> upserted(Path folder) {
        Map<String, Long> totals = new HashMap<>();
        for (Path file : list(folder)) {
            totals.putAll(read(file));
        }
        return totals;
    }

    /** The newest batch file, if any. */
    public static Optional<Path> newestFile(Path folder) {
        List<Path> files = list(folder);
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
    }
}
