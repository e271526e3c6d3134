package dev.streamcompare.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWordCountTest {

    /** Invalid UTF-8 (a stray 0xFF 0xFE, a cut 3-byte sequence), NUL bytes, blank lines, no final newline. */
    static final byte[] BAD_BYTES = {
        'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', 'b', 'a', 'd', (byte) 0xFF, (byte) 0xFE, 'b', 'y', 't', 'e', 's', '\n',
        '\n', ' ', ' ', '\t', '\n',
        'n', 'u', 'l', 0, 'i', 'n', 's', 'i', 'd', 'e', ' ', 'w', 'o', 'r', 'd', 0, '\n',
        'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', 'c', 'u', 't', (byte) 0xE2, (byte) 0x82, ' ', 'x', '\n',
        'e', 'n', 'd', (byte) 0xE2,
    };

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSessions.forJob("BatchWordCountTest", 2);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void countsMalformedUtf8NulBytesAndBlankLinesAsTheReferenceDoes(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("bad.txt"), BAD_BYTES);
        assertThat(BatchWordCount.topWords(spark, file.toString(), 100)).isEqualTo(WordCounter.countFile(file).top(100));
    }

    @Test
    void anEmptyFileHasNoWords(@TempDir Path folder) throws Exception {
        Path file = Files.createFile(folder.resolve("empty.txt"));
        assertThat(BatchWordCount.topWords(spark, file.toString(), 5)).isEmpty();
    }

    @Test
    void printsTheSeedsTopFiveOfUlysses() {
        List<WordCount> top = BatchWordCount.topWords(spark, ProjectHome.seedText().toString(), 5);

        assertThat(top).containsExactly(
                new WordCount("the", 13600), new WordCount("of", 8127), new WordCount("and", 6542),
                new WordCount("a", 5842), new WordCount("to", 4787));
    }

    @Test
    void breaksTiesByCodePointAsTheReferenceDoes() throws Exception {
        List<WordCount> top = BatchWordCount.topWords(spark, ProjectHome.seedText().toString(), 500);

        assertThat(top).isEqualTo(WordCounter.countFile(ProjectHome.seedText()).top(500));
    }

    @Test
    void countsEveryWordOfTheSeedAsThePythonOracleDoes() {
        java.util.Map<String, Long> all = new java.util.HashMap<>();
        BatchWordCount.counts(spark, ProjectHome.seedText().toString()).collectAsList()
                .forEach(row -> all.put(row.getString(0), row.getLong(1)));

        assertThat(all).isEqualTo(BatchFiles.read(ProjectHome.seedOracle()));
    }
}
