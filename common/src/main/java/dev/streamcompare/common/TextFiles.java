package dev.streamcompare.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads input text as the engines do: UTF-8, a malformed byte sequence becoming U+FFFD instead of
 * an error (Flink's TextLineInputFormat, Hadoop's Text and both socket sources decode so). Java's
 * {@code Files.newBufferedReader} would throw on the first invalid byte, and the reference would
 * then disagree with every engine on such input.
 */
public final class TextFiles {

    private TextFiles() {}

    /** A reader of {@code file}'s lines, UTF-8, malformed input replaced. */
    public static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Every line of {@code file}, UTF-8, malformed input replaced. */
    public static List<String> lines(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = reader(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
