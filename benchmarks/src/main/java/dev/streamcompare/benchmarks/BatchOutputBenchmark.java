package dev.streamcompare.benchmarks;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link BatchOutput#publish} of one batch holding every distinct word of the seed text (50,106
 * entries for Ulysses), in hash order as an engine hands them over; entries/s in {@code entries}.
 * The console gets the usual 10 entries and goes nowhere.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchOutputBenchmark {

    @State(Scope.Benchmark)
    public static class Batch {
        List<WordCount> entries;
        Path folder;
        BatchOutput toFolder;
        BatchOutput toConsoleOnly;

        @Setup
        public void create(SeedText text) throws IOException {
            entries = new ArrayList<>(text.counts.distinct());
            text.counts.toMap().forEach((word, count) -> entries.add(new WordCount(word, count)));
            folder = Files.createTempDirectory("batch-output-benchmark");
            PrintStream console = new PrintStream(OutputStream.nullOutputStream());
            toFolder = new BatchOutput(folder, 10, console);
            toConsoleOnly = new BatchOutput(null, 10, console);
        }

        @TearDown
        public void delete() throws IOException {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** Sorted, printed and written: the file {@code batch-1000.tsv}, replaced at every op. */
    @Benchmark
    public void publish(Batch batch, EntryRate rate) {
        long cpu = ThreadCpu.micros();
        batch.toFolder.publish(1000, batch.entries);
        rate.add(batch.entries.size(), cpu);
    }

    /** Sorted and printed, no file: what the file costs is the difference to {@link #publish}. */
    @Benchmark
    public void publishConsoleOnly(Batch batch, EntryRate rate) {
        long cpu = ThreadCpu.micros();
        batch.toConsoleOnly.publish(1000, batch.entries);
        rate.add(batch.entries.size(), cpu);
    }
}
