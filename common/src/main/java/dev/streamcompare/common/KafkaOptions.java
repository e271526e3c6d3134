package dev.streamcompare.common;

import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Options of the Kafka word count: a topic to read lines from, one record per line (its value, UTF-8),
 * and the checkpoint folder that makes a restart replay what the killed job had not finished.
 */
@Command(sortOptions = false,
        description = "Counts, per batch, the words of the records of a Kafka topic (each record's value a UTF-8 line), "
                + "checkpointed in --checkpoint DIR: started again on the same DIR, it replays from the offsets of its "
                + "newest checkpoint, and a replayed batch is published again under the same name. A fresh start reads "
                + "the topic from its earliest offset.")
public class KafkaOptions extends StreamOptions {

    /** How long a job waits at start for the broker to answer and name the topic's partitions. */
    public static final int CONNECT_TIMEOUT_SECONDS = 15;

    /** What Kafka accepts as a topic name (its Topic.validate: at most 249 of these characters). */
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    /** HOST:PORT, or several, comma-separated. */
    private static final Pattern BOOTSTRAP = Pattern.compile("[^,:\\s]+:\\d{1,5}(,[^,:\\s]+:\\d{1,5})*");

    @Option(names = "--bootstrap", defaultValue = "localhost:9092", paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    public String bootstrap;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "Topic to read; it must exist.")
    public String topic;

    @Option(names = "--group", defaultValue = "streamcompare", paramLabel = "ID",
            description = "Consumer group id (default: ${DEFAULT-VALUE}; Structured Streaming: the prefix of the ids it "
                    + "makes). The offsets that count are the checkpoint's; Flink also commits them to the group on each "
                    + "checkpoint, for monitoring only.")
    public String group;

    @Option(names = "--checkpoint", required = true, paramLabel = "DIR",
            description = "Checkpoint folder; a job resumes from it and refuses one of another job or other options.")
    public Path checkpoint;

    @Override
    public void validate() {
        super.validate();
        if (!BOOTSTRAP.matcher(bootstrap).matches()) {
            throw new BadInputException("--bootstrap must be HOST:PORT[,HOST:PORT...], got '" + bootstrap + "'");
        }
        if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
            throw new BadInputException("--topic '" + topic + "' is not a Kafka topic name (1 to 249 of a-z A-Z 0-9 . _ -)");
        }
        if (group.isBlank()) {
            throw new BadInputException("--group must not be blank");
        }
        requireWritableDirectory(checkpoint, "--checkpoint");
    }

    @Override
    public String describe() {
        return "bootstrap=" + bootstrap + " topic=" + topic + " group=" + group + " " + super.describe();
    }
}
