package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** One soak run: a streaming job on an engine at a fixed rate for some minutes, and the verdict on it. */
public record SoakResult(@JsonUnwrapped Identity identity, int minutes, int linesPerSecond, RunResult run, SoakVerdict verdict) {}
