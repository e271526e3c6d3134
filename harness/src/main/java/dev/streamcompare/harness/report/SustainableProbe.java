package dev.streamcompare.harness.report;

/** One probe: a rate, and whether the job kept up with it. */
public record SustainableProbe(int linesPerSecond, boolean sustained, Double latencyP99Ms, Double latencyMaxMs, String reason) {}
