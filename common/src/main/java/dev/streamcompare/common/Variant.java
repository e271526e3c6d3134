package dev.streamcompare.common;

import java.util.Locale;

/**
 * How a streaming job is run. {@code faithful}: as the seed wrote it. {@code tuned}: the same
 * meaning — batch interval, the engine's own source, its keyed aggregation, exact counts — with
 * each engine's usual performance settings (docs/performance.md).
 */
public enum Variant {
    FAITHFUL,
    TUNED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
