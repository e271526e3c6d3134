package dev.streamcompare.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The reference counter: plain Java, one thread, {@link Tokenizer} words counted in a hash map.
 * Every engine's output is checked against it. Not thread-safe.
 */
public final class WordCounter {

    /** A mutable count, so that counting a seen word allocates nothing. */
    private static final class Count {
        long value;
    }

    private final Map<String, Count> counts = new HashMap<>();
    private long total;
    // Made once: a method reference written in addLine would be a new object for every line.
    private final Consumer<String> adder = this::addWord;

    /** Counts the words of one line. */
    public void addLine(String line) {
        Tokenizer.forEachWord(line, adder);
    }

    /** Counts one word once. */
    public void addWord(String word) {
        counts.computeIfAbsent(word, w -> new Count()).value++;
        total++;
    }

    /** The words of {@code lines}. */
    public static WordCounter countLines(Iterable<String> lines) {
        WordCounter counter = new WordCounter();
        lines.forEach(counter::addLine);
        return counter;
    }

    /** Counts every line of a UTF-8 text file. */
    public static WordCounter countFile(Path file) throws IOException {
        WordCounter counter = new WordCounter();
        try (BufferedReader reader = TextFiles.reader(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                counter.addLine(line);
            }
        }
        return counter;
    }

    /** Words counted, with repeats. */
    public long total() {
        return total;
    }

    /** Distinct words. */
    public int distinct() {
        return counts.size();
    }

    /** The count of one word, 0 if never seen. */
    public long count(String word) {
        Count c = counts.get(word);
        return c == null ? 0 : c.value;
    }

    /** Hands every word and its count to {@code action}. */
    public void forEach(BiConsumer<String, Long> action) {
        counts.forEach((word, c) -> action.accept(word, c.value));
    }

    /** Every word and its count, as a new map. */
    public Map<String, Long> toMap() {
        Map<String, Long> map = new HashMap<>(counts.size() * 2);
        counts.forEach((word, c) -> map.put(word, c.value));
        return map;
    }

    /** The {@code n} most frequent words in {@link WordOrder#BY_COUNT_DESCENDING} order. */
    public List<WordCount> top(int n) {
        List<WordCount> all = new ArrayList<>(counts.size());
        counts.forEach((word, c) -> all.add(new WordCount(word, c.value)));
        return TopN.of(all, n);
    }
}
