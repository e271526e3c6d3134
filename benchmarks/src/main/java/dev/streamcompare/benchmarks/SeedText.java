package dev.streamcompare.benchmarks;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.TextFiles;
import dev.streamcompare.common.WordCounter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The seed text held in memory as lines, read once per fork. */
@State(Scope.Benchmark)
public class SeedText {

    /** The text file; empty for {@code data/Ulysses.txt} of the checkout ({@link ProjectHome}). */
    @Param("")
    public String text;

    String[] lines;
    /** Words in {@link #lines}, by the reference counter. */
    long words;
    /** Every distinct word and its count, in hash order. */
    WordCounter counts;

    @Setup
    public void load() {
        Path file = text.isEmpty() ? ProjectHome.seedText() : Paths.get(text);
        List<String> read = TextFiles.lines(file);
        lines = read.toArray(new String[0]);
        counts = WordLoops.wordCounter(lines);
        words = counts.total();
    }
}
