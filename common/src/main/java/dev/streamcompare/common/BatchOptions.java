package dev.streamcompare.common;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Options of the batch word count, the same in every engine (and in the reference counter). */
@Command(sortOptions = false,
        description = "Counts the words of a text file (Python str.split() rules) and prints the "
                + "TOP most frequent as word<TAB>count lines: count descending, then word by code point; "
                + "with --output, also writes every word with its count.")
public class BatchOptions extends EngineOptions {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Text file to count, UTF-8. A local path, a file: URI or any path the engine can read.")
    public String input;

    @Option(names = "--top", defaultValue = "5", paramLabel = "N",
            description = "How many words to print (default: ${DEFAULT-VALUE}, as the seed's takeOrdered(5)).")
    public int top;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Also write the whole result to DIR/batch-<end of the count, epoch ms>.tsv: every word<TAB>count, "
                    + "in word order, published atomically (the streaming jobs' batch file, one batch: the whole input).")
    public Path output;

    @Override
    public void validate() {
        super.validate();
        if (top < 1) {
            throw new BadInputException("--top must be at least 1, got " + top);
        }
        InputFiles.requireReadableFile(input);
        if (output != null) {
            StreamOptions.requireWritableDirectory(output, "--output");
        }
    }
}
