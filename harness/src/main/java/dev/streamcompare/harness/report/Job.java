package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** A job that exists, under the same class name, in every engine. */
public enum Job {
    BATCH("BatchWordCount"),
    FILE("FileWordCount"),
    SOCKET("SocketWordCount"),
    STATEFUL("StatefulSocketWordCount"),
    STATEFUL_FILE("StatefulFileWordCount");

    private final String className;

    Job(String className) {
        this.className = className;
    }

    public String className() {
        return className;
    }

    /** Whether the job keeps a running count in checkpointed state and publishes all of it every batch. */
    public boolean stateful() {
        return this == STATEFUL || this == STATEFUL_FILE;
    }

    /** Whether the job reads files moved into a watched folder (else a socket, or one input file). */
    public boolean readsFolder() {
        return this == FILE || this == STATEFUL_FILE;
    }

    /** The name on the command line and in reports: {@code batch}, {@code stateful-file}. */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
