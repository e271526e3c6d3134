package dev.streamcompare.testkit;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.TextFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Feeds the file-directory jobs: splits a text file into {@code n} files of whole lines, stages
 * them in a hidden folder beside the watched one (same file system), then moves each into the
 * watched folder atomically, so a watcher never sees a partly written file. Names are
 * {@code part-00001.txt} and so on: never starting with '.' or '_'.
 */
public final class FileDropper {

    private FileDropper() {}

    /**
     * Splits {@code input} into {@code files} parts and moves them into {@code dir} at
     * {@code filesPerSecond} (0: all at once). Returns the files, in the order moved.
     */
    public static List<Path> drop(Path input, Path dir, int files, double filesPerSecond) throws IOException, InterruptedException {
        try (Staged staged = stage(input, dir, files)) {
            return staged.moveIn(filesPerSecond);
        }
    }

    /**
     * Splits {@code input} into {@code files} parts in a hidden staging folder beside {@code dir},
     * ready to be moved in: the costly part of a drop, done before the clock of a measurement starts.
     */
    public static Staged stage(Path input, Path dir, int files) throws IOException {
        if (files < 1) {
            throw new BadInputException("--files must be at least 1, got " + files);
        }
        Files.createDirectories(dir);
        Path parent = dir.toAbsolutePath().getParent();
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".staging-");
        return new Staged(dir, staging, split(input, staging, files));
    }

    /** Parts staged beside a watched folder; closing removes what was not moved in. */
    public static final class Staged implements AutoCloseable {
        private final Path dir;
        private final Path staging;
        private final List<Path> parts;

        private Staged(Path dir, Path staging, List<Path> parts) {
            this.dir = dir;
            this.staging = staging;
            this.parts = parts;
        }

        /** Moves every part into the folder at {@code filesPerSecond} (0: all at once); returns them in order. */
        public List<Path> moveIn(double filesPerSecond) throws IOException, InterruptedException {
            List<Path> staged = parts;
            List<Path> dropped = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < staged.size(); i++) {
                if (filesPerSecond > 0 && i > 0) {
                    long due = start + (long) (i * 1e9 / filesPerSecond);
                    long ahead = due - System.nanoTime();
                    if (ahead > 0) {
                        Thread.sleep(ahead / 1_000_000L, (int) (ahead % 1_000_000L));
                    }
                }
                Path target = dir.resolve(uniqueName(dir, staged.get(i).getFileName().toString()));
                dropped.add(Files.move(staged.get(i), target, StandardCopyOption.ATOMIC_MOVE));
            }
            return dropped;
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> left = Files.walk(staging)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Writes {@code text} (UTF-8) to a hidden file beside {@code dir} and moves it into
     * {@code dir} as {@code name}, atomically; returns the file.
     */
    public static Path dropText(Path dir, String name, String text) throws IOException {
        Path staged = Files.createTempFile(dir.toAbsolutePath().getParent(), "." + name, ".tmp");
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        return Files.move(staged, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code name}, or {@code name} with a suffix when a file of that name is already there. */
    private static String uniqueName(Path dir, String name) {
        String candidate = name;
        for (int i = 1; Files.exists(dir.resolve(candidate)); i++) {
            candidate = name.replace(".txt", "-" + i + ".txt");
        }
        return candidate;
    }

    /** Splits the lines of {@code input} into {@code files} files of nearly equal line counts. */
    static List<Path> split(Path input, Path folder, int files) throws IOException {
        long lines;
        try (BufferedReader all = TextFiles.reader(input)) {
            lines = all.lines().count();
        }
        List<Path> parts = new ArrayList<>();
        try (BufferedReader reader = TextFiles.reader(input)) {
            for (int part = 0; part < files; part++) {
                long count = lines * (part + 1) / files - lines * part / files;
                Path file = folder.resolve(String.format("part-%05d.txt", part + 1));
                try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (long i = 0; i < count; i++) {
                        writer.write(reader.readLine());
                        writer.write('\n');
                    }
                }
                parts.add(file);
            }
        }
        return parts;
    }
}
