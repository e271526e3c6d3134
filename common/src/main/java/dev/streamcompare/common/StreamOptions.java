package dev.streamcompare.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every streaming job has, in every engine. */
public abstract class StreamOptions extends EngineOptions {

    /** The smallest batch interval any job accepts; an engine may ask for more ({@link #requireBatchMillisAtLeast}). */
    public static final int MIN_BATCH_MILLIS = 10;

    /** The batch interval in seconds, when {@link #batchMs} is not given: 2, the seed's. */
    public int batchSeconds = 2;
    private boolean batchSecondsGiven;

    @Option(names = "--batch-ms", paramLabel = "MS",
            description = "Batch interval in milliseconds, for intervals below a second (instead of --batch-seconds; at least "
                    + MIN_BATCH_MILLIS + ", Spark DStreams at least 100).")
    public Integer batchMs;

    @Option(names = "--buffer-ms", paramLabel = "MS",
            description = "Flink only: the network buffer timeout, how long a record may wait in a part-filled buffer "
                    + "(default: Flink's, 100). Refused by the Spark jobs, which have no such setting.")
    public Integer bufferMs;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Write each batch to DIR/batch-<batch end, epoch ms>.tsv: every word<TAB>count of the batch, "
                    + "in word order, published atomically.")
    public Path output;

    @Option(names = "--print", defaultValue = "10", paramLabel = "N",
            description = "Entries printed on the console per batch (default: ${DEFAULT-VALUE}, as Spark's print()).")
    public int print;

    @Option(names = "--variant", defaultValue = "faithful", paramLabel = "V", converter = VariantConverter.class,
            description = "faithful (as the seed wrote it), tuned (the same counts, with the engine's performance "
                    + "settings; docs/performance.md) or per-record (Flink's stateful jobs: the running count published as it "
                    + "changes, every batch interval, not once a batch) or transform-with-state (Structured Streaming's stateful "
                    + "jobs: Spark 4's transformWithState with a ValueState per word, the changed counts published every micro-batch). "
                    + "Default: ${DEFAULT-VALUE}.")
    public Variant variant = Variant.FAITHFUL;

    @Option(names = "--batch-seconds", paramLabel = "S",
            description = "Batch interval in seconds (default: 2, the seed's).")
    void batchSecondsOption(int seconds) {
        batchSeconds = seconds;
        batchSecondsGiven = true;
    }

    /** Accepts the variant in any case, {@code per-record} or {@code per_record}. */
    static final class VariantConverter implements picocli.CommandLine.ITypeConverter<Variant> {
        @Override
        public Variant convert(String value) {
            try {
                return Variant.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected faithful, tuned, per-record or transform-with-state, got '"
                        + value + "'");
            }
        }
    }

    /** Whether the job runs with its engine's performance settings. */
    public boolean tuned() {
        return variant == Variant.TUNED;
    }

    /** Whether the running count is published as it changes rather than once a batch (Flink's stateful jobs only). */
    public boolean perRecord() {
        return variant == Variant.PER_RECORD;
    }

    /** Whether the running count is Structured Streaming's {@code transformWithState} port (its stateful jobs only). */
    public boolean transformWithState() {
        return variant == Variant.TRANSFORM_WITH_STATE;
    }

    /** Refuses {@code --variant transform-with-state}, Structured Streaming's alone, naming {@code engine}. */
    public void refuseStructuredOnly(String engine) {
        if (transformWithState()) {
            throw new BadInputException("--variant transform-with-state is Structured Streaming's transformWithState: " + engine
                    + " has its own running count (the faithful variant)");
        }
    }

    /** The batch interval in milliseconds: {@code --batch-ms}, else {@code --batch-seconds} × 1000. */
    public long batchMillis() {
        return batchMs != null ? batchMs : batchSeconds * 1000L;
    }

    /**
     * How often a checkpointed job checkpoints: every batch, but at most once a second. Below a
     * second a checkpoint per batch would measure the checkpoint store rather than the job; a
     * restart then replays up to a second (docs/semantics.md).
     */
    public long checkpointMillis() {
        return Math.max(batchMillis(), 1000);
    }

    /** Refuses a batch interval below {@code millis}, with the engine's {@code reason}. */
    public void requireBatchMillisAtLeast(long millis, String reason) {
        if (batchMillis() < millis) {
            throw new BadInputException("a batch interval of " + batchMillis() + " ms is below this engine's least, " + millis
                    + " ms: " + reason);
        }
    }

    /** Refuses what only Flink's jobs have ({@code --buffer-ms}, {@code --variant per-record}), naming {@code engine}. */
    public void refuseFlinkOnly(String engine) {
        if (bufferMs != null) {
            throw new BadInputException("--buffer-ms is Flink's network buffer timeout; " + engine + " has none");
        }
        if (perRecord()) {
            throw new BadInputException("--variant per-record is Flink's alone: " + engine + " publishes a running count once a batch");
        }
    }

    @Override
    public void validate() {
        super.validate();
        if (batchMs != null && batchSecondsGiven) {
            throw new BadInputException("give --batch-seconds or --batch-ms, not both");
        }
        if (batchSeconds < 1) {
            throw new BadInputException("--batch-seconds must be at least 1, got " + batchSeconds);
        }
        if (batchMs != null && batchMs < MIN_BATCH_MILLIS) {
            throw new BadInputException("--batch-ms must be at least " + MIN_BATCH_MILLIS + ", got " + batchMs);
        }
        if (bufferMs != null && bufferMs < 0) {
            throw new BadInputException("--buffer-ms must not be negative, got " + bufferMs);
        }
        if (print < 0) {
            throw new BadInputException("--print must not be negative, got " + print);
        }
        if (output != null) {
            requireWritableDirectory(output, "--output");
        }
    }

    /** Creates {@code dir} if needed and checks that files can be created in it. */
    static void requireWritableDirectory(Path dir, String option) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(option + " " + dir + ": cannot create the directory (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new BadInputException(option + " " + dir + ": directory not writable");
        }
    }

    /** The options that give a job its meaning, for the identity kept in a checkpoint folder. */
    public String describe() {
        return "batch-ms=" + batchMillis() + (bufferMs == null ? "" : " buffer-ms=" + bufferMs) + " output=" + (output == null ? "" : output.toAbsolutePath().normalize())
                + " print=" + print + " cores=" + cores + " variant=" + variant;
    }
}
