package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** A job that exists, under the same class name, in every engine. */
public enum Job {
    BATCH("BatchWordCount", Input.ONE_FILE),
    FILE("FileWordCount", Input.FOLDER),
    SOCKET("SocketWordCount", Input.SOCKET),
    STATEFUL("StatefulSocketWordCount", Input.SOCKET),
    STATEFUL_FILE("StatefulFileWordCount", Input.FOLDER),
    KAFKA("KafkaWordCount", Input.KAFKA),
    STATEFUL_KAFKA("StatefulKafkaWordCount", Input.KAFKA);

    /** Where a job reads its input. */
    public enum Input {
        /** One text file, read once (the batch job). */
        ONE_FILE,
        /** Files moved into a watched folder. */
        FOLDER,
        /** A TCP text server's lines. */
        SOCKET,
        /** A Kafka topic's records, a line each. */
        KAFKA
    }

    private final String className;
    private final Input input;

    Job(String className, Input input) {
        this.className = className;
        this.input = input;
    }

    public String className() {
        return className;
    }

    /** Whether the job keeps a running count in checkpointed state and publishes all of it every batch. */
    public boolean stateful() {
        return this == STATEFUL || this == STATEFUL_FILE || this == STATEFUL_KAFKA;
    }

    /** Whether the job keeps a checkpoint folder: the stateful jobs, and the Kafka jobs, whose offsets are in it. */
    public boolean checkpointed() {
        return stateful() || input == Input.KAFKA;
    }

    /** Whether the job reads files moved into a watched folder. */
    public boolean readsFolder() {
        return input == Input.FOLDER;
    }

    /** Whether the job reads lines from a TCP text server. */
    public boolean readsSocket() {
        return input == Input.SOCKET;
    }

    /** Whether the job reads a Kafka topic: the comparison needs a broker for it. */
    public boolean readsKafka() {
        return input == Input.KAFKA;
    }

    /**
     * The jobs a comparison runs when none is named: all but the Kafka jobs, which need a broker
     * and add minutes to a run that already takes tens of them (asked for with {@code --jobs}).
     */
    public static List<Job> defaults() {
        return Arrays.stream(values()).filter(job -> !job.readsKafka()).toList();
    }

    /** The name on the command line and in reports: {@code batch}, {@code stateful-file}. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
