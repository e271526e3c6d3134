package dev.streamcompare.common;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the stateful socket word count: the socket job plus a checkpoint folder. */
@Command(sortOptions = false,
        description = "Keeps a running count per word over the whole stream read from a TCP text server, "
                + "checkpointed in --checkpoint DIR; prints and writes the full state, sorted by word, every batch. "
                + "Started again on the same DIR, it resumes from the newest checkpoint.")
public class StatefulSocketOptions extends SocketOptions {
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
