package dev.streamcompare.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchWordCountTest {

    /** Invalid UTF-8 (a stray 0xFF 0xFE, a cut 3-byte sequence), NUL bytes, blank lines, no final newline. */
    static final byte[] BAD_BYTES = {
        'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', 'b', 'a', 'd', (byte) 0xFF, (byte) 0xFE, 'b', 'y', 't', 'e', 's', '\n',
        '\n', ' ', ' ', '\t', '\n',
        'n', 'u', 'l', 0, 'i', 'n', 's', 'i', 'd', 'e', ' ', 'w', 'o', 'r', 'd', 0, '\n',
        'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', 'c', 'u', 't', (byte) 0xE2, (byte) 0x82, ' ', 'x', '\n',
        'e', 'n', 'd', (byte) 0xE2,
    };


    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void countsMalformedUtf8NulBytesAndBlankLinesAsTheReferenceDoes(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("bad.txt"), BAD_BYTES);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        assertThat(BatchWordCount.topWords(env, file.toString(), 100)).isEqualTo(WordCounter.countFile(file).top(100));
    }

    /** A 50 MB line without a newline: "alpha beta gamma delta " {@value #LONG_LINE_REPEATS} times, then "omega". */
    static Path fiftyMegabyteLine(Path folder) throws java.io.IOException {
        Path file = folder.resolve("one-line.txt");
        try (java.io.BufferedWriter out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            for (int i = 0; i < LONG_LINE_REPEATS; i++) {
                out.write("alpha beta gamma delta ");
            }
            out.write("omega");
        }
        return file;
    }

    static final int LONG_LINE_REPEATS = 2_200_000;

    static final List<WordCount> LONG_LINE_TOP = List.of(new WordCount("alpha", LONG_LINE_REPEATS),
            new WordCount("beta", LONG_LINE_REPEATS), new WordCount("delta", LONG_LINE_REPEATS),
            new WordCount("gamma", LONG_LINE_REPEATS), new WordCount("omega", 1));

    @Test
    void countsAFiftyMegabyteLineWithoutANewline(@TempDir Path folder) throws Exception {
        Path file = fiftyMegabyteLine(folder);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        assertThat(BatchWordCount.topWords(env, file.toString(), 10)).isEqualTo(LONG_LINE_TOP);
    }

    @Test
    void anEmptyFileHasNoWords(@TempDir Path folder) throws Exception {
        Path file = Files.createFile(folder.resolve("empty.txt"));
        assertThat(BatchWordCount.topWords(StreamExecutionEnvironment.getExecutionEnvironment(), file.toString(), 5)).isEmpty();
    }

    @Test
    void printsTheSeedsTopFiveOfUlysses() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        List<WordCount> top = BatchWordCount.topWords(env, ProjectHome.seedText().toString(), 5);

        assertThat(top).containsExactly(
                new WordCount("the", 13600), new WordCount("of", 8127), new WordCount("and", 6542),
                new WordCount("a", 5842), new WordCount("to", 4787));
    }

    @Test
    void countsEveryWordOfTheSeedAsThePythonOracleDoes() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        List<WordCount> all = BatchWordCount.counts(env, ProjectHome.seedText().toString());

        assertThat(all.stream().collect(java.util.stream.Collectors.toMap(WordCount::word, WordCount::count)))
                .isEqualTo(BatchFiles.read(ProjectHome.seedOracle()));
    }
}
