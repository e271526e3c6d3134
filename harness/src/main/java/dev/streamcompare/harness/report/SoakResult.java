package dev.streamcompare.harness.report;

public record SoakResult(String job, String engine, int minutes, int linesPerSecond, RunResult run, SoakVerdict verdict) {}
