package dev.streamcompare.harness.report;

import java.util.List;

/** The highest sustained rate of one job on one engine (null if even the first was not), and the probes. */
public record SustainableResult(String job, String engine, Integer linesPerSecond, Double wordsPerSecond, Double latencyP99Ms,
              int probeSeconds, List<SustainableProbe> probes) {}
