package dev.streamcompare.testkit;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCounter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the streaming job tests of every engine share: the seed text, its reference counts, and a
 * text that only a UTF-8 decoder and a Python-exact tokenizer count right. Each module's
 * {@code StreamingJobTestSupport} keeps only its engine's part (Flink's MiniCluster, Spark's
 * contexts and sessions).
 */
public final class Fixtures {

    private Fixtures() {}

    /** {@code data/Ulysses.txt}, the seed text. */
    public static Path seed() {
        return ProjectHome.seedText();
    }

    /** The reference counter's counts of {@code file}: what every job must publish for it. */
    public static Map<String, Long> referenceCounts(Path file) throws IOException {
        return WordCounter.countFile(file).toMap();
    }

    /**
     * Text that only a UTF-8 decoder and a Python-exact tokenizer count right: accented words,
     * a non-BMP character, and U+00A0, U+2007, U+202F, U+0085 as separators. The test JVMs run
     * with a Latin-1 platform charset (surefire argLine), so a platform-charset decoder fails it
     * (Structured Streaming's run on UTF-8 and start a job under Latin-1 in a JVM of its own).
     * Written as {@code unicode.txt} in {@code folder}.
     */
    public static Path unicodeText(Path folder) throws IOException {
        String text = "caf\u00E9 na\u00EFve caf\u00E9\n"
                + "\uD83D\uDE00\u00A0\u00FCber\u2007\u00FCber\u202Fend\u0085caf\u00E9\n"
                + "zero\u200Bwidth stays one word\n";
        return Files.writeString(folder.resolve("unicode.txt"), text, StandardCharsets.UTF_8);
    }
}
