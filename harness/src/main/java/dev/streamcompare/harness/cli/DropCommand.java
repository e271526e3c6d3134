package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.InputFiles;
import dev.streamcompare.testkit.FileDropper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drop}: feeds the file-directory jobs, one atomic move per file. */
@Command(name = "drop", mixinStandardHelpOptions = true,
        description = {"Splits a text file into files of whole lines and moves them, one by one and atomically, into "
                + "a watched folder (staged in a hidden folder beside it; names part-00001.txt, ...).",
            "  ./compare.sh drop --dir in/ --input data/Ulysses.txt --files 10 --rate 1"})
final class DropCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "D", description = "The watched folder (created if missing).")
    Path dir;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Text file to split, UTF-8.")
    String input;

    @Option(names = "--files", defaultValue = "10", paramLabel = "N", description = "Number of files (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--rate", defaultValue = "1", paramLabel = "FILES_PER_S",
            description = "Files moved per second; 0: all at once (default: ${DEFAULT-VALUE}).")
    double rate;

    @Override
    public Integer call() throws Exception {
        if (rate < 0) {
            throw new BadInputException("--rate must not be negative, got " + rate);
        }
        InputFiles.requireReadableFile(input);
        List<Path> dropped = FileDropper.drop(Path.of(input), dir, files, rate);
        spec.commandLine().getErr().println("drop: " + dropped.size() + " files moved into " + dir);
        return 0;
    }
}
