package dev.streamcompare.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a checkpoint folder belongs to: engine, job and options, kept in a file beside the
 * engine's own checkpoints. A job refuses to resume a folder of another job or of other options:
 * Spark's {@code getOrCreate} would silently revive the old graph with its old options, and a
 * Flink job would restore state that means something else.
 */
public final class CheckpointIdentity {

    /** The file in the checkpoint folder that names its owner. */
    public static final String FILE = "streamcompare-job.txt";

    private CheckpointIdentity() {}

    /** Records {@code identity} in {@code folder}, or checks that it is already the one there. */
    public static void claim(Path folder, String identity) {
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            if (Files.exists(file)) {
                String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!owner.equals(identity)) {
                    throw new BadInputException("checkpoint folder " + folder + " belongs to '" + owner
                            + "', not to '" + identity + "': use another --checkpoint, or delete that folder to start afresh");
                }
            } else if (isNonEmpty(folder)) {
                throw new BadInputException("checkpoint folder " + folder
                        + " holds files of something else (no " + FILE + "): use an empty or new folder");
            } else {
                Files.writeString(file, identity + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNonEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
