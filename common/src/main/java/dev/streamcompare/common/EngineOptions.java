package dev.streamcompare.common;

import picocli.CommandLine.Option;

/** Options of every job on every engine: help, and how many cores the engine may use. */
public abstract class EngineOptions implements JobOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    public boolean help;

    @Option(names = "--cores", defaultValue = "0", paramLabel = "N",
            description = "Cores the engine may use: Flink parallelism N, Spark local[N] (default: all). "
                    + "Ignored by Spark when spark-submit gives a master.")
    public int cores;

    @Override
    public void validate() {
        if (cores < 0) {
            throw new BadInputException("--cores must not be negative, got " + cores);
        }
    }
}
