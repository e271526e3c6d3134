package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.output.Sentinels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A fault run's input in pieces (the files of a watched folder, or runs of lines on a socket),
 * each ending in a line holding only its own sentinel word ({@link Sentinels}), counted in the
 * expected totals. The seed's lines repeat, so pieces are otherwise alike; with a sentinel each, a
 * piece read twice or skipped shows, and which pieces a job lost can be told from its counts.
 */
final class FaultInput {

    private final String series;
    private final List<String> lines;
    /** Per piece, the index of its sentinel line: the piece is the lines after the previous one's, up to it. */
    private final int[] sentinelLines;

    private FaultInput(String series, List<String> lines, int[] sentinelLines) {
        this.series = series;
        this.lines = Collections.unmodifiableList(lines);
        this.sentinelLines = sentinelLines;
    }

    /** {@code text} in {@code pieces} runs of nearly equal length, each followed by the sentinel of {@code series}. */
    static FaultInput of(String series, List<String> text, int pieces) {
        if (pieces < 1 || pieces > text.size()) {
            throw new IllegalArgumentException(pieces + " pieces of " + text.size() + " lines");
        }
        List<String> lines = new ArrayList<>(text.size() + pieces);
        int[] sentinels = new int[pieces];
        for (int piece = 0; piece < pieces; piece++) {
            lines.addAll(text.subList(text.size() * piece / pieces, text.size() * (piece + 1) / pieces));
            sentinels[piece] = lines.size();
            lines.add(Sentinels.word(series, piece + 1));
        }
        return new FaultInput(series, lines, sentinels);
    }

    /** Every line, sentinels included, in order. */
    List<String> lines() {
        return lines;
    }

    int pieces() {
        return sentinelLines.length;
    }

    /** The lines of piece {@code piece} (from 0), its sentinel last. */
    List<String> piece(int piece) {
        return lines.subList(piece == 0 ? 0 : sentinelLines[piece - 1] + 1, sentinelLines[piece] + 1);
    }

    String sentinel(int piece) {
        return Sentinels.word(series, piece + 1);
    }

    /** The reference counts of every line. */
    Map<String, Long> expected() {
        return WordCounter.countLines(lines).toMap();
    }

    /** Pieces wholly within the first {@code written} lines. */
    int piecesWithin(int written) {
        int pieces = 0;
        while (pieces < sentinelLines.length && sentinelLines[pieces] < written) {
            pieces++;
        }
        return pieces;
    }

    /** Pieces not wholly within the first {@code written} lines: still to come. */
    int piecesToCome(int written) {
        return pieces() - piecesWithin(written);
    }

    /** The pieces (from 0) whose sentinel is not in {@code counted}. */
    List<Integer> missing(Map<String, Long> counted) {
        List<Integer> missing = new ArrayList<>();
        for (int piece = 0; piece < pieces(); piece++) {
            if (counted.getOrDefault(sentinel(piece), 0L) == 0) {
                missing.add(piece);
            }
        }
        return missing;
    }

    /** The line of piece {@code piece}'s sentinel. */
    int sentinelLine(int piece) {
        return sentinelLines[piece];
    }

    /** Words in lines {@code [from, to)}, as the reference counts them. */
    long wordsIn(int from, int to) {
        return WordCounter.countLines(lines.subList(Math.max(0, from), Math.min(lines.size(), to))).total();
    }
}
