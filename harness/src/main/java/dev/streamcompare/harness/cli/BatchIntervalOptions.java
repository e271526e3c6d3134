package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.StreamOptions;
import picocli.CommandLine.Option;

/** The batch interval of every streaming job: in seconds, as the seed gives it, or in milliseconds below a second. */
final class BatchIntervalOptions {

    @Option(names = "--batch-seconds", paramLabel = "S", description = "Batch interval of every streaming job (default: 2).")
    Integer seconds;

    @Option(names = "--batch-ms", paramLabel = "MS",
            description = "Batch interval of every streaming job in ms, for intervals below a second (instead of --batch-seconds; "
                    + "Spark DStreams takes 100 or more).")
    Integer millis;

    /** The interval in ms; refuses both options at once, an interval under the jobs' least, and one with --frontier. */
    long millis(boolean frontier) {
        if (frontier && (seconds != null || millis != null)) {
            throw new BadInputException("--frontier sets the batch interval of each point itself: give --frontier-ms, not "
                    + (seconds != null ? "--batch-seconds" : "--batch-ms"));
        }
        if (seconds != null && millis != null) {
            throw new BadInputException("give --batch-seconds or --batch-ms, not both");
        }
        if (seconds != null && seconds < 1) {
            throw new BadInputException("--batch-seconds must be at least 1, got " + seconds);
        }
        long interval = millis != null ? millis : seconds != null ? seconds * 1000L : 2000L;
        if (interval < StreamOptions.MIN_BATCH_MILLIS) {
            throw new BadInputException("the batch interval must be at least " + StreamOptions.MIN_BATCH_MILLIS + " ms, got "
                    + interval + " ms");
        }
        return interval;
    }
}
