package dev.streamcompare.harness.scenario;

/** {@code --find-sustainable}: whether to search, each probe's length, and the most probes per job and engine. */
public record Sustain(boolean find, int probeSeconds, int probes) {}
