package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchOutputTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private BatchOutput output(Path files, int print) {
        return new BatchOutput(files, print, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private static final List<WordCount> BATCH = List.of(
            new WordCount("\uD83D\uDE00", 1), new WordCount("the", 7), new WordCount("\uFFFF", 2), new WordCount("a", 3));

    @Test
    void printsSparksPrintLayoutWithTheFirstNInWordOrder() {
        output(null, 2).publish(1_764_300_000_000L, BATCH);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(
                "-------------------------------------------\n"
                        + "Time: 1764300000000 ms\n"
                        + "-------------------------------------------\n"
                        + "(a,3)\n"
                        + "(the,7)\n"
                        + "...\n"
                        + "\n");
    }

    @Test
    void writesEveryEntryInCodePointOrderToAFileNamedForTheBatchEnd() throws Exception {
        output(folder, 1).publish(4000L, BATCH);
        Path file = folder.resolve("batch-4000.tsv");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .containsExactly("a\t3", "the\t7", "\uFFFF\t2", "\uD83D\uDE00\t1");
        assertThat(BatchFiles.list(folder)).containsExactly(file);
        try (var all = Files.list(folder)) {
            assertThat(all).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void batchFilesSumAndNewest() {
        BatchOutput out = output(folder, 0);
        out.publish(2000L, List.of(new WordCount("a", 1), new WordCount("b", 2)));
        out.publish(10000L, List.of(new WordCount("a", 5)));
        assertThat(BatchFiles.sum(folder)).containsOnly(java.util.Map.entry("a", 6L), java.util.Map.entry("b", 2L));
        assertThat(BatchFiles.newest(folder)).containsOnly(java.util.Map.entry("a", 5L));
        assertThat(BatchFiles.list(folder)).extracting(BatchFiles::batchEnd).containsExactly(2000L, 10000L);
    }

    @Test
    void theBatchJobsWholeResultIsOneBatchFileInCodePointOrderAndNothingPrinted() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            BatchOutput.publishWhole(folder, BATCH);
        } finally {
            System.setOut(stdout);
        }
        assertThat(BatchFiles.list(folder)).singleElement().satisfies(file ->
                assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("a\t3", "the\t7", "\uFFFF\t2",
                        "\uD83D\uDE00\t1"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
