package dev.streamcompare.harness.run;

import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.WordCounter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The yardstick every job's throughput is set against: the reference counter ({@link
 * WordCounter}, the project's {@code Tokenizer} and a hash map), one thread, over the input held
 * in memory, timed on the third pass after two warm-up passes. Run by the comparison in a child
 * JVM of its own, with the same heap as the jobs: {@code java … ReferenceRate INPUT}. It holds at
 * most the input's first {@value #MAX_LINES} lines (the seed text × 90): the default input (× 400)
 * held whole would fill most of the heap, and the counter would be timed against the collector.
 */
final class ReferenceRate {

    static final int PASSES = 3;
    static final String PREFIX = "reference rate: ";
    static final int MAX_LINES = 3_000_000;

    private ReferenceRate() {}

    public static void main(String[] args) throws IOException {
        List<String> lines;
        try (BufferedReader in = TextFiles.reader(Path.of(args[0]))) {
            lines = in.lines().limit(MAX_LINES).toList();
        }
        double wordsPerSecond = 0;
        for (int pass = 1; pass <= PASSES; pass++) {
            WordCounter counter = new WordCounter();
            long start = System.nanoTime();
            for (String line : lines) {
                counter.addLine(line);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            wordsPerSecond = counter.total() / seconds;
            System.out.printf(Locale.ROOT, "pass %d: %d words in %.3f s%n", pass, counter.total(), seconds);
        }
        System.out.printf(Locale.ROOT, "%s%.0f words/s%n", PREFIX, wordsPerSecond);
    }

    /** The rate in a line the child printed, or null. */
    static Double parse(String line) {
        return line.startsWith(PREFIX) ? Double.valueOf(line.substring(PREFIX.length(), line.indexOf(" words/s"))) : null;
    }
}
