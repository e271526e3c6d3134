package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCounterTest {

    static final List<WordCount> SEED_TOP_5 = List.of(
            new WordCount("the", 13600), new WordCount("of", 8127), new WordCount("and", 6542),
            new WordCount("a", 5842), new WordCount("to", 4787));

    @Test
    void countsTheSeedTextAsTheSeedDoes() throws IOException {
        WordCounter counter = WordCounter.countFile(ProjectHome.seedText());
        assertThat(counter.total()).isEqualTo(267_976);
        assertThat(counter.distinct()).isEqualTo(50_106);
        assertThat(counter.top(5)).containsExactlyElementsOf(SEED_TOP_5);
    }

    @Test
    void readsMalformedUtf8AsTheEnginesDoReplacingItAndKeepingEveryOtherWord(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Path file = Files.write(folder.resolve("bad.txt"), BAD_BYTES);
        WordCounter counter = WordCounter.countFile(file);
        assertThat(counter.count("caf\u00E9")).isEqualTo(2);
        assertThat(counter.count("bad\uFFFD\uFFFDbytes")).isEqualTo(1);
        assertThat(counter.count("nul\u0000inside")).isEqualTo(1);
        assertThat(counter.count("end\uFFFD")).as("a sequence cut by the end of the file").isEqualTo(1);
        assertThat(counter.total()).isEqualTo(8);
    }

    /** Invalid UTF-8 (a stray 0xFF 0xFE, a cut 3-byte sequence), NUL bytes, empty and blank lines, no final newline. */
    static final byte[] BAD_BYTES = {
        'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', 'b', 'a', 'd', (byte) 0xFF, (byte) 0xFE, 'b', 'y', 't', 'e', 's', '\n',
        '\n', ' ', ' ', '\t', '\n',
        'n', 'u', 'l', 0, 'i', 'n', 's', 'i', 'd', 'e', ' ', 'w', 'o', 'r', 'd', 0, '\n',
        'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', 'c', 'u', 't', (byte) 0xE2, (byte) 0x82, ' ', 'x', '\n',
        'e', 'n', 'd', (byte) 0xE2,
    };

    @Test
    void countsLinesWordByWord() {
        WordCounter counter = new WordCounter();
        counter.addLine("a b a");
        counter.addLine("");
        counter.addLine("b\u00A0a");
        assertThat(counter.total()).isEqualTo(5);
        assertThat(counter.count("a")).isEqualTo(3);
        assertThat(counter.count("b")).isEqualTo(2);
        assertThat(counter.count("c")).isZero();
    }
}
