package dev.streamcompare.harness.feed;

import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.TopN;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.output.Sentinels;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The input every engine gets, byte for byte: the seed text repeated N times for a max-rate phase
 * (or the warm-up), cut into pieces of whole lines — a piece per copy of the seed, at least
 * {@value #MIN_PIECES} — each starting with a line of its own {@link Sentinels sentinel word}, so
 * that a piece read twice or skipped shows in the counts; and the lines the fixed-rate phase sends
 * (the seed's lines from the top). The pieces are made from the seed as they are sent, never held
 * whole in memory; they are also written once to {@link #input()} (the batch job's file, the
 * reference rate's). Expected counts: the seed's × N, and each sentinel once.
 */
public final class Workload {

    /** Fewest pieces an input is cut into: the file jobs get a file per piece. */
    public static final int MIN_PIECES = 4;
    /** The series of the timed max-rate phase's sentinels. */
    public static final String MAX_RATE = "max-rate";
    /** The series of the warm-up's sentinels. */
    public static final String WARM_UP = "warm-up";

    private final Path input;
    private final byte[] seed;
    /** Where each line of the seed starts in {@link #seed}, and its length at the end. */
    private final int[] lineStarts;
    private final int repeat;
    private final int pieces;
    private final String series;
    private final Map<String, Long> counts;
    private final long words;
    private final List<String> seedLines;
    private final Map<String, Long> seedCounts;
    private String sha256;
    private long bytes;

    private Workload(Path seedFile, byte[] seed, int repeat, String series, Path input) throws IOException {
        this.input = input;
        this.seed = seed;
        this.lineStarts = lineStarts(seed);
        this.repeat = repeat;
        this.pieces = Math.max(MIN_PIECES, repeat);
        this.series = series;
        this.seedLines = TextFiles.lines(seedFile);
        WordCounter seedCounter = WordCounter.countFile(seedFile);
        this.seedCounts = seedCounter.toMap();
        this.counts = new HashMap<>(seedCounts.size() * 2 + pieces * 2);
        seedCounts.forEach((word, count) -> counts.put(word, count * repeat));
        for (int piece = 0; piece < pieces; piece++) {
            counts.merge(sentinel(piece), 1L, Long::sum);
        }
        this.words = seedCounter.total() * repeat + pieces;
    }

    /** The max-rate input: {@code seed} repeated {@code repeat} times, cut into pieces with their sentinels, written to {@code input}. */
    public static Workload prepare(Path seed, int repeat, Path input) throws IOException {
        return prepare(seed, repeat, MAX_RATE, input);
    }

    /** The warm-up's input: as {@link #prepare(Path, int, Path)}, its sentinels a series of their own. */
    public static Workload prepareWarmUp(Path seed, int copies, Path input) throws IOException {
        return prepare(seed, copies, WARM_UP, input);
    }

    private static Workload prepare(Path seed, int repeat, String series, Path input) throws IOException {
        if (repeat < 1) {
            throw new IllegalArgumentException("an input repeats its seed at least once, not " + repeat + " times");
        }
        byte[] text = Files.readAllBytes(seed);
        if (text.length > 0 && text[text.length - 1] != '\n') {
            // Whatever follows a copy (the next copy, a sentinel, a marker) must not glue onto its last word.
            text = java.util.Arrays.copyOf(text, text.length + 1);
            text[text.length - 1] = '\n';
        }
        Workload workload = new Workload(seed, text, repeat, series, input);
        Files.createDirectories(input.getParent());
        MessageDigest digest = digest();
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(input), 1 << 16), digest)) {
            workload.writeTo(out);
        }
        workload.sha256 = HexFormat.of().formatHex(digest.digest());
        workload.bytes = Files.size(input);
        return workload;
    }

    private static int[] lineStarts(byte[] text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The whole input, every piece in order: what the socket jobs are sent, and what {@link #input()} holds. */
    public void writeTo(OutputStream out) throws IOException {
        for (int piece = 0; piece < pieces; piece++) {
            writePiece(piece, out);
        }
    }

    /** Piece {@code piece}: its sentinel's line, then its share of the repeated seed's lines. */
    public void writePiece(int piece, OutputStream out) throws IOException {
        out.write((sentinel(piece) + "\n").getBytes(StandardCharsets.UTF_8));
        long seedLineCount = lineStarts.length - 1;
        long lines = seedLineCount * repeat;
        long from = lines * piece / pieces;
        long to = lines * (piece + 1) / pieces;
        while (from < to) {
            int line = (int) (from % seedLineCount);
            int until = (int) Math.min(seedLineCount, line + (to - from));
            out.write(seed, lineStarts[line], lineStarts[until] - lineStarts[line]);
            from += until - line;
        }
    }

    /** The sentinel word of piece {@code piece}. */
    public String sentinel(int piece) {
        return Sentinels.word(series, piece);
    }

    /** The series its sentinels are numbered in: {@link #MAX_RATE} or {@link #WARM_UP}. */
    public String series() {
        return series;
    }

    /** Pieces the input is cut into, each with its sentinel. */
    public int pieces() {
        return pieces;
    }

    /** How many times the input repeats the seed. */
    public int repeat() {
        return repeat;
    }

    /** The input written whole, for jobs that read one file (the batch job) and the reference rate. */
    public Path input() {
        return input;
    }

    /** Bytes of the input. */
    public long size() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    /** Lines of the input, sentinels' lines included. */
    public long lines() {
        return (long) (lineStarts.length - 1) * repeat + pieces;
    }

    /** Words of the input, sentinels included. */
    public long words() {
        return words;
    }

    /** Expected counts of the input, sentinels included. */
    public Map<String, Long> counts() {
        return counts;
    }

    /** The seed's own counts: the expected counts of one copy, without sentinels. */
    public Map<String, Long> seedCounts() {
        return seedCounts;
    }

    /** The reference's {@code n} most frequent words of the input. */
    public List<WordCount> top(int n) {
        List<WordCount> all = new ArrayList<>(counts.size());
        counts.forEach((word, count) -> all.add(new WordCount(word, count)));
        return TopN.of(all, n);
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
        WordCounter counter = new WordCounter();
        seedLines.forEach(counter::addLine);
        return (double) counter.total() / seedLines.size();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
