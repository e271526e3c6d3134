package dev.streamcompare.common;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Options of the file-directory word count. */
@Command(sortOptions = false,
        description = "Watches a folder and counts, per batch, the words of every file in it whose name does not "
                + "start with '_' or '.': files present at start and files moved in later, each read once.")
public class FileStreamOptions extends StreamOptions {

    @Option(names = "--input-dir", required = true, paramLabel = "DIR", description = "Folder to watch.")
    public Path inputDir;

    @Override
    public void validate() {
        super.validate();
        if (!Files.isDirectory(inputDir)) {
            throw new BadInputException("--input-dir " + inputDir + ": no such directory");
        }
        if (!Files.isReadable(inputDir)) {
            throw new BadInputException("--input-dir " + inputDir + ": directory not readable");
        }
    }

    @Override
    public String describe() {
        return "input-dir=" + inputDir.toAbsolutePath().normalize() + " " + super.describe();
    }
}
