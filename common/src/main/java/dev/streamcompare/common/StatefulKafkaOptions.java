package dev.streamcompare.common;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Options of the stateful Kafka word count: the Kafka job's, for a running count. */
@Command(sortOptions = false,
        description = "Keeps a running count per word over the records of a Kafka topic (each record's value a UTF-8 "
                + "line), checkpointed in --checkpoint DIR; prints and writes the full state, sorted by word, every "
                + "batch. Started again on the same DIR, it resumes from the newest checkpoint and replays the records "
                + "after it: each record is counted once over both runs.")
public class StatefulKafkaOptions extends KafkaOptions {

    /** {@code --state}: where the running count is kept. */
    @Mixin
    public StateOption state = new StateOption();

    @Override
    public String describe() {
        return super.describe() + state.describe();
    }
}
