package dev.streamcompare.benchmarks;

import dev.streamcompare.common.WordCounter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Counting every word of the seed text into a fresh hash map, one pass per op; words/s in
 * {@code words}. {@link #wordCounter} is the work of the harness's reference rate.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CountBenchmark {

    @Benchmark
    public WordCounter wordCounter(SeedText text, WordRate rate) {
        long cpu = ThreadCpu.micros();
        WordCounter counts = WordLoops.wordCounter(text.lines);
        rate.add(text.words, cpu);
        return counts;
    }

    @Benchmark
    public Map<String, int[]> handWritten(SeedText text, WordRate rate) {
        long cpu = ThreadCpu.micros();
        Map<String, int[]> counts = WordLoops.handWrittenCount(text.lines);
        rate.add(text.words, cpu);
        return counts;
    }

    @Benchmark
    public Map<String, int[]> handWrittenAscii(SeedText text, WordRate rate) {
        long cpu = ThreadCpu.micros();
        Map<String, int[]> counts = WordLoops.handWrittenAsciiCount(text.lines);
        rate.add(text.words, cpu);
        return counts;
    }

    @Benchmark
    public Map<String, int[]> regexSplit(SeedText text, WordRate rate) {
        long cpu = ThreadCpu.micros();
        Map<String, int[]> counts = WordLoops.regexSplitCount(text.lines);
        rate.add(text.words, cpu);
        return counts;
    }
}
