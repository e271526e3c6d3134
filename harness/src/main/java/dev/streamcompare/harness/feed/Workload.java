package dev.streamcompare.harness.feed;

import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.WordCounter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The input every engine gets, byte for byte: the seed text repeated N times for the max-rate
 * phase, and the lines the fixed-rate phase sends (the seed's lines from the top, as many as the
 * rate and length ask for). The reference counter gives the expected counts of both.
 */
public final class Workload {

    private final Path input;
    private final byte[] bytes;
    private final String sha256;
    private final long lines;
    private final WordCounter counter;
    private final Map<String, Long> counts;
    private final long words;
    private final List<String> seedLines;

    private Workload(Path input, byte[] bytes, List<String> seedLines) throws IOException {
        this.input = input;
        this.bytes = bytes;
        this.sha256 = sha256(bytes);
        this.counter = WordCounter.countFile(input);
        this.counts = counter.toMap();
        this.words = counter.total();
        try (java.io.BufferedReader reader = TextFiles.reader(input)) {
            this.lines = reader.lines().count();
        }
        this.seedLines = seedLines;
    }

    /** Writes {@code seed} repeated {@code repeat} times to {@code input} and counts it. */
    public static Workload prepare(Path seed, int repeat, Path input) throws IOException {
        byte[] text = Files.readAllBytes(seed);
        if (text.length > 0 && text[text.length - 1] != '\n') {
            // Whatever follows the input (the next copy, a marker) must not glue onto its last word.
            text = java.util.Arrays.copyOf(text, text.length + 1);
            text[text.length - 1] = '\n';
        }
        Files.createDirectories(input.getParent());
        try (OutputStream out = Files.newOutputStream(input)) {
            for (int i = 0; i < repeat; i++) {
                out.write(text);
            }
        }
        return new Workload(input, Files.readAllBytes(input), TextFiles.lines(seed));
    }

    public Path input() {
        return input;
    }

    /** The max-rate phase's input, as sent. */
    public byte[] bytes() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    public long lines() {
        return lines;
    }

    /** Words of the max-rate phase. */
    public long words() {
        return words;
    }

    /** Expected counts of the max-rate phase. */
    public Map<String, Long> counts() {
        return counts;
    }

    /** The reference's {@code n} most frequent words of the max-rate phase. */
    public List<dev.streamcompare.common.WordCount> top(int n) {
        return counter.top(n);
    }

    /** Lines of the seed text. */
    public int seedLineCount() {
        return seedLines.size();
    }

    /** The {@code n} lines of the fixed-rate phase: the seed's lines from the top, cycled. */
    public List<String> fixedRateLines(int n) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(seedLines.get(i % seedLines.size()));
        }
        return lines;
    }

    /** Words per line of the fixed-rate phase's lines (the seed's). */
    public double wordsPerFixedRateLine() {
        dev.streamcompare.common.WordCounter counter = new dev.streamcompare.common.WordCounter();
        seedLines.forEach(counter::addLine);
        return (double) counter.total() / seedLines.size();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
