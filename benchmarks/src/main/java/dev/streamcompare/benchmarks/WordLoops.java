package dev.streamcompare.benchmarks;

import dev.streamcompare.common.Tokenizer;
import dev.streamcompare.common.WordCounter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The work each benchmark measures, one pass over the lines: the project's {@link Tokenizer} and
 * {@link WordCounter}, beside the yardsticks of issue 7, a hand-written whitespace scanner and
 * {@code String.split("\\s+")}, and the cheapest scanner (space and control characters), each
 * alone (words to a sink) and counting into a hash map.
 *
 * <p>The yardsticks do not split on Python's whitespace, so they give the same words as the
 * tokenizer only on plain text (the seed text is). They are speed references, not tokenizers.
 */
final class WordLoops {

    private WordLoops() {}

    /** The project's tokenizer: every word of every line to {@code sink}; returns the words. */
    static long tokenizer(String[] lines, Consumer<? super String> sink) {
        Tally tally = new Tally(sink);
        for (String line : lines) {
            Tokenizer.forEachWord(line, tally);
        }
        return tally.words;
    }

    /** The reference counter as the harness's reference rate runs it: lines held in memory. */
    static WordCounter wordCounter(String[] lines) {
        return WordCounter.countLines(Arrays.asList(lines));
    }

    /** The hand-written scanner: every word of every line to {@code sink}; returns the words. */
    static long handWritten(String[] lines, Consumer<? super String> sink) {
        long words = 0;
        for (String line : lines) {
            final int n = line.length();
            int i = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    sink.accept(line.substring(start, i));
                    words++;
                }
            }
        }
        return words;
    }

    /** The hand-written scanner counting into a hash map, the ~11.3 M words/s of issue 7. */
    static Map<String, int[]> handWrittenCount(String[] lines) {
        Map<String, int[]> counts = new HashMap<>();
        handWritten(lines, word -> increment(counts, word));
        return counts;
    }

    /**
     * The cheapest scanner there is: any unit up to U+0020 separates words (so control characters
     * do too, and no other whitespace does). A bound on what a scanner can do, not a tokenizer.
     */
    static long handWrittenAscii(String[] lines, Consumer<? super String> sink) {
        long words = 0;
        for (String line : lines) {
            final int n = line.length();
            int i = 0;
            while (i < n) {
                while (i < n && line.charAt(i) <= ' ') {
                    i++;
                }
                int start = i;
                while (i < n && line.charAt(i) > ' ') {
                    i++;
                }
                if (i > start) {
                    sink.accept(line.substring(start, i));
                    words++;
                }
            }
        }
        return words;
    }

    /** The cheapest scanner counting into a hash map. */
    static Map<String, int[]> handWrittenAsciiCount(String[] lines) {
        Map<String, int[]> counts = new HashMap<>();
        handWrittenAscii(lines, word -> increment(counts, word));
        return counts;
    }

    /** {@code String.split("\\s+")}: every word of every line to {@code sink}; returns the words. */
    static long regexSplit(String[] lines, Consumer<? super String> sink) {
        long words = 0;
        for (String line : lines) {
            for (String word : line.split("\\s+")) {
                // A line that starts with whitespace splits into a leading empty string.
                if (!word.isEmpty()) {
                    sink.accept(word);
                    words++;
                }
            }
        }
        return words;
    }

    /** {@code String.split("\\s+")} counting into a hash map. */
    static Map<String, int[]> regexSplitCount(String[] lines) {
        Map<String, int[]> counts = new HashMap<>();
        regexSplit(lines, word -> increment(counts, word));
        return counts;
    }

    private static void increment(Map<String, int[]> counts, String word) {
        int[] count = counts.get(word);
        if (count == null) {
            counts.put(word, new int[] {1});
        } else {
            count[0]++;
        }
    }

    /** Forwards words and counts them. */
    private static final class Tally implements Consumer<String> {
        private final Consumer<? super String> sink;
        long words;

        Tally(Consumer<? super String> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(String word) {
            sink.accept(word);
            words++;
        }
    }
}
