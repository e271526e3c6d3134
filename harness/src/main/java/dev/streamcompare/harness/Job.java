package dev.streamcompare.harness;

import java.util.Locale;

/** A job that exists, under the same class name, in every engine. */
public enum Job {
    BATCH("BatchWordCount"),
    FILE("FileWordCount"),
    SOCKET("SocketWordCount"),
    STATEFUL("StatefulSocketWordCount");

    private final String className;

    Job(String className) {
        this.className = className;
    }

    public String className() {
        return className;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
