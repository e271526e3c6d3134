package dev.streamcompare.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a line into words exactly as Python's {@code str.split()} without arguments does, the
 * tokenizer of the seed tutorial: words are the maximal runs of characters that are not
 * whitespace, where whitespace is what Python's {@code str.isspace()} accepts. No case folding,
 * no punctuation stripping.
 *
 * <p>Java's {@link Character#isWhitespace} disagrees with Python: it rejects U+0085, U+00A0,
 * U+2007 and U+202F, which Python splits on. This class follows Python. Every whitespace code
 * point is in the Basic Multilingual Plane, so the scan works on UTF-16 units: a surrogate is
 * never whitespace and a non-BMP character is never cut.
 */
public final class Tokenizer {

    private Tokenizer() {}

    /** Whether Python's {@code str.isspace()} is true for this UTF-16 unit. */
    public static boolean isWhitespace(char c) {
        if (c <= 0x20) {
            // TAB, LF, VT, FF, CR; the information separators FS, GS, RS, US; SPACE
            return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C);
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Calls {@code sink} with each word of {@code line}, in order. Allocates only the words. */
    public static void forEachWord(String line, Consumer<? super String> sink) {
        final int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                sink.accept(line.substring(start, i));
            }
        }
    }

    /** The words of {@code line}, in order. */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        forEachWord(line, words::add);
        return words;
    }
}
