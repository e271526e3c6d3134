package dev.streamcompare.common;

import java.util.Comparator;

/**
 * The one order in which the project sorts words: ascending by Unicode code point, as Python
 * compares strings. {@link String#compareTo} compares UTF-16 units instead, and so puts a
 * non-BMP character (a surrogate pair, 0xD800..0xDFFF) before U+E000..U+FFFF; this does not.
 *
 * <p>Top-N lists use {@link #BY_COUNT_DESCENDING}: count descending, then word in this order.
 */
public final class WordOrder {

    private WordOrder() {}

    /** Compares two words by code point. */
    public static int compareWords(String a, String b) {
        final int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                // Both in or both out of the surrogate range: unit order is code point order.
                boolean sa = Character.isSurrogate(ca);
                boolean sb = Character.isSurrogate(cb);
                if (sa == sb) {
                    return Character.compare(ca, cb);
                }
                // A surrogate stands for a code point above U+FFFF, greater than any BMP unit.
                return sa ? 1 : -1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Count descending, then word ascending by code point. */
    public static int compareByCountDescending(String wordA, long countA, String wordB, long countB) {
        int byCount = Long.compare(countB, countA);
        return byCount != 0 ? byCount : compareWords(wordA, wordB);
    }

    /** Words by code point. */
    public static final Comparator<String> WORDS = WordOrder::compareWords;

    /** Entries by word, by code point. */
    public static final Comparator<WordCount> BY_WORD = (x, y) -> compareWords(x.word(), y.word());

    /** Entries by count descending, then word by code point: the order of every top-N list. */
    public static final Comparator<WordCount> BY_COUNT_DESCENDING =
            (x, y) -> compareByCountDescending(x.word(), x.count(), y.word(), y.count());
}
