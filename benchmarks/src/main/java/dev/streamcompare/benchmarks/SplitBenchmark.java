package dev.streamcompare.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/** Splitting every line of the seed text into words, one pass per op; words/s in {@code words}. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SplitBenchmark {

    @Benchmark
    public void tokenizer(SeedText text, WordRate rate, Blackhole hole) {
        long cpu = ThreadCpu.micros();
        rate.add(WordLoops.tokenizer(text.lines, hole::consume), cpu);
    }

    @Benchmark
    public void handWritten(SeedText text, WordRate rate, Blackhole hole) {
        long cpu = ThreadCpu.micros();
        rate.add(WordLoops.handWritten(text.lines, hole::consume), cpu);
    }

    @Benchmark
    public void handWrittenAscii(SeedText text, WordRate rate, Blackhole hole) {
        long cpu = ThreadCpu.micros();
        rate.add(WordLoops.handWrittenAscii(text.lines, hole::consume), cpu);
    }

    @Benchmark
    public void regexSplit(SeedText text, WordRate rate, Blackhole hole) {
        long cpu = ThreadCpu.micros();
        rate.add(WordLoops.regexSplit(text.lines, hole::consume), cpu);
    }
}
