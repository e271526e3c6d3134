package dev.streamcompare.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The output contract of every streaming job, in every engine: per batch, the console layout of
 * Spark's {@code DStream.print()} and, with an output folder, one complete file.
 *
 * <pre>
 * -------------------------------------------
 * Time: 1764300000000 ms
 * -------------------------------------------
 * (a,3)
 * (the,7)
 * ...
 * </pre>
 *
 * <p>The file is {@code batch-<batch end, epoch ms>.tsv}: every entry of the batch as
 * {@code word<TAB>count}, in {@link WordOrder#WORDS} order, written to a hidden temporary file
 * and renamed into place, so a reader never sees a partial batch.
 */
public final class BatchOutput {

    private static final String RULE = "-------------------------------------------";

    private final Path folder;
    private final int print;
    private final PrintStream console;

    /**
     * @param folder  where batch files go, or null for none
     * @param print   entries per console batch
     * @param console where batches are printed, or null for nowhere
     */
    public BatchOutput(Path folder, int print, PrintStream console) {
        this.folder = folder;
        this.print = print;
        this.console = console;
    }

    /** The batch file of the batch ending at {@code batchEndMillis}. */
    public static String fileName(long batchEndMillis) {
        return "batch-" + batchEndMillis + ".tsv";
    }

    /**
     * The batch job's whole result ({@code --output DIR}): every word with its count, as one batch
     * file in {@code folder} named for the time of writing; nothing printed.
     */
    public static void publishWhole(Path folder, Iterable<WordCount> entries) {
        new BatchOutput(folder, 0, null).publish(System.currentTimeMillis(), entries);
    }

    /** Prints and writes the batch ending at {@code batchEndMillis}; {@code entries} in any order. */
    public void publish(long batchEndMillis, Iterable<WordCount> entries) {
        List<WordCount> sorted = new ArrayList<>();
        entries.forEach(sorted::add);
        sorted.sort(WordOrder.BY_WORD);
        if (console != null) {
            printBatch(batchEndMillis, sorted);
        }
        if (folder != null) {
            writeBatch(batchEndMillis, sorted);
        }
    }

    private void printBatch(long batchEndMillis, List<WordCount> sorted) {
        StringBuilder text = new StringBuilder(RULE).append('\n')
                .append("Time: ").append(batchEndMillis).append(" ms\n")
                .append(RULE).append('\n');
        for (int i = 0; i < Math.min(print, sorted.size()); i++) {
            WordCount entry = sorted.get(i);
            text.append('(').append(entry.word()).append(',').append(entry.count()).append(")\n");
        }
        if (sorted.size() > print) {
            text.append("...\n");
        }
        console.print(text.append('\n'));
        console.flush();
    }

    private void writeBatch(long batchEndMillis, List<WordCount> sorted) {
        String name = fileName(batchEndMillis);
        Path temporary = folder.resolve("." + name + ".tmp");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (WordCount entry : sorted) {
                    writer.write(entry.word());
                    writer.write('\t');
                    writer.write(Long.toString(entry.count()));
                    writer.write('\n');
                }
            }
            Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
    }
}
