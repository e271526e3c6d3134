package dev.streamcompare.harness.report;

/** One job on one engine at one size and core count. */
public record ScalingPoint(String job, String engine, int repeat, long words, int cores, boolean correct, Double wordsPerSecond,
             Double cpuSecondsPerMillionWords) {}
