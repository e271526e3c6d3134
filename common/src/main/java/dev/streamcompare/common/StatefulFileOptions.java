package dev.streamcompare.common;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the stateful file-directory word count: the file job plus a checkpoint folder. */
@Command(sortOptions = false,
        description = "Keeps a running count per word over every file in a watched folder (names not starting with "
                + "'_' or '.'), checkpointed in --checkpoint DIR; prints and writes the full state, sorted by word, "
                + "every batch. Started again on the same DIR, it resumes from the newest checkpoint and reads each "
                + "file once over both runs.")
public class StatefulFileOptions extends FileStreamOptions {
    /** {@code --state}: where the running count is kept. */
    @Mixin
    public StateOption state = new StateOption();

    @Override
    public String describe() {
        return super.describe() + state.describe();
    }


    @Option(names = "--checkpoint", required = true, paramLabel = "DIR",
            description = "Checkpoint folder; a job resumes from it and refuses one of another job or other options.")
    public Path checkpoint;

    @Override
    public void validate() {
        super.validate();
        requireWritableDirectory(checkpoint, "--checkpoint");
    }
}
