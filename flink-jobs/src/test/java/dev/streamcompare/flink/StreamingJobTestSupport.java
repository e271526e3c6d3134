package dev.streamcompare.flink;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCounter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** What the streaming job tests share: a 2-slot MiniCluster, the seed text and its reference counts. */
final class StreamingJobTestSupport {

    private StreamingJobTestSupport() {}

    static MiniClusterExtension miniCluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    }

    static StreamExecutionEnvironment environment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        return env;
    }

    static Path seed() {
        return ProjectHome.seedText();
    }

    static Map<String, Long> referenceCounts(Path file) throws IOException {
        return WordCounter.countFile(file).toMap();
    }

    /**
     * Text that only a UTF-8 decoder and a Python-exact tokenizer count right: accented words,
     * a non-BMP character, and U+00A0, U+2007, U+202F, U+0085 as separators. The test JVMs run
     * with a Latin-1 platform charset (surefire argLine), so a platform-charset decoder fails it.
     */
    static Path unicodeText(Path folder) throws IOException {
        String text = "caf\u00E9 na\u00EFve caf\u00E9\n"
                + "\uD83D\uDE00\u00A0\u00FCber\u2007\u00FCber\u202Fend\u0085caf\u00E9\n"
                + "zero\u200Bwidth stays one word\n";
        return Files.writeString(folder.resolve("unicode.txt"), text, StandardCharsets.UTF_8);
    }
}
