package dev.streamcompare.harness.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the harness reads of an engine's checkpoint folder from outside: when it last completed one, and its size. */
public final class CheckpointFolder {

    private CheckpointFolder() {}

    /**
     * When the newest complete checkpoint was written, in epoch ms, or 0: Flink's
     * {@code chk-N/_metadata} (written last), Spark DStreams' {@code checkpoint-<batch time>} files,
     * Structured Streaming's {@code commits/<batch id>} (written when a micro-batch is done).
     */
    public static long newestMillis(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(CheckpointFolder::isCompletion).mapToLong(f -> f.toFile().lastModified()).max().orElse(0L);
        } catch (IOException | UncheckedIOException e) {
            return 0; // a checkpoint removed while walking: none newer seen this time
        }
    }

    /** Whether {@code file} is the mark of a completed checkpoint, in any engine's layout. */
    static boolean isCompletion(Path file) {
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        return name.equals("_metadata") || name.matches("checkpoint-\\d+")
                || parent != null && parent.getFileName().toString().equals("commits") && name.matches("\\d+");
    }

    /** Bytes in the folder, or null if it is not there. */
    public static Long bytes(Path folder) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }
}
