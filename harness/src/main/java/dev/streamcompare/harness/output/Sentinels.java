package dev.streamcompare.harness.output;

/**
 * Sentinel words: one word that occurs exactly once in a run's whole input, put into each piece
 * of it (a file, a chunk of the socket stream, a fault run's file), and counted in the expected
 * totals like any other word. Pieces of the input are otherwise often byte-identical (copies of
 * the seed text), so a job that read one piece twice and skipped another would match every count;
 * with a sentinel per piece it cannot.
 */
public final class Sentinels {

    static final String PREFIX = "streamcompare-piece-";

    private Sentinels() {}

    /** The sentinel of piece {@code n} of the series {@code series} (e.g. {@code max-rate}, {@code fault-kill}). */
    public static String word(String series, long n) {
        return PREFIX + series + "-" + n;
    }

    public static boolean isSentinel(String word) {
        return word.startsWith(PREFIX);
    }
}
