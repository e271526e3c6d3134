package dev.streamcompare.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every streaming job has, in every engine. */
public abstract class StreamOptions extends EngineOptions {

    @Option(names = "--batch-seconds", defaultValue = "2", paramLabel = "S",
            description = "Batch interval in seconds (default: ${DEFAULT-VALUE}, the seed's).")
    public int batchSeconds;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Write each batch to DIR/batch-<batch end, epoch ms>.tsv: every word<TAB>count of the batch, "
                    + "in word order, published atomically.")
    public Path output;

    @Option(names = "--print", defaultValue = "10", paramLabel = "N",
            description = "Entries printed on the console per batch (default: ${DEFAULT-VALUE}, as Spark's print()).")
    public int print;

    @Option(names = "--variant", defaultValue = "faithful", paramLabel = "V", converter = VariantConverter.class,
            description = "faithful (as the seed wrote it) or tuned (the same counts, with the engine's performance "
                    + "settings; docs/performance.md). Default: ${DEFAULT-VALUE}.")
    public Variant variant = Variant.FAITHFUL;

    /** Accepts the variant in any case. */
    static final class VariantConverter implements picocli.CommandLine.ITypeConverter<Variant> {
        @Override
        public Variant convert(String value) {
            try {
                return Variant.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected faithful or tuned, got '" + value + "'");
            }
        }
    }

    /** Whether the job runs with its engine's performance settings. */
    public boolean tuned() {
        return variant == Variant.TUNED;
    }

    /** The batch interval in milliseconds. */
    public long batchMillis() {
        return batchSeconds * 1000L;
    }

    @Override
    public void validate() {
        super.validate();
        if (batchSeconds < 1) {
            throw new BadInputException("--batch-seconds must be at least 1, got " + batchSeconds);
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
        return "batch-seconds=" + batchSeconds + " output=" + (output == null ? "" : output.toAbsolutePath().normalize())
                + " print=" + print + " cores=" + cores + " variant=" + variant;
    }
}
