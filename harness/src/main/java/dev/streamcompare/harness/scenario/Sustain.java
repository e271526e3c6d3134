package dev.streamcompare.harness.scenario;

/**
 * {@code --find-sustainable}: whether to search, each probe's length, and the most probes per job
 * and engine; and the frontier's searches, one per batch interval ({@code --frontier}).
 */
public record Sustain(boolean find, int probeSeconds, int probes, FrontierSettings frontier) {

    /** A search without a frontier. */
    public Sustain(boolean find, int probeSeconds, int probes) {
        this(find, probeSeconds, probes, null);
    }
}
