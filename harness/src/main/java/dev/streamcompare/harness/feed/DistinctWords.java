package dev.streamcompare.harness.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of {@code --distinct N}: N distinct words, {@value #WORDS_PER_LINE} to a line, the same
 * for every engine and every invocation — {@code k0}, {@code k1}, … in base 36 — so that a stateful
 * job's state grows to N keys (the comparison repeats the text {@code --repeat} times, each key
 * counted that often). It stands in for the seed text: the reference counter counts it, as it
 * counts any input of the user's.
 */
public final class DistinctWords {

    /** Words on a line: a line is what the socket jobs read, and a Kafka record. */
    public static final int WORDS_PER_LINE = 10;

    private DistinctWords() {}

    /** The {@code n}th word. */
    static String word(int n) {
        return "k" + Integer.toString(n, Character.MAX_RADIX);
    }

    /** Writes the text of {@code distinct} words to {@code file}; returns it. */
    public static Path write(Path file, int distinct) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < distinct; n++) {
                out.write(word(n));
                out.write(n % WORDS_PER_LINE == WORDS_PER_LINE - 1 || n == distinct - 1 ? '\n' : ' ');
            }
        }
        return file;
    }
}
