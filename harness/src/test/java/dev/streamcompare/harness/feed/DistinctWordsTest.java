package dev.streamcompare.harness.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.WordCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of --distinct N: exactly N distinct words, once each, as the shared tokenizer counts them. */
class DistinctWordsTest {

    @TempDir
    Path folder;

    @Test
    void theTextHoldsNDistinctWordsOnceEachTenToALine() throws Exception {
        Path text = DistinctWords.write(folder.resolve("d.txt"), 12_345);
        Map<String, Long> counts = WordCounter.countFile(text).toMap();
        assertThat(counts).hasSize(12_345).allSatisfy((word, count) -> assertThat(count).isEqualTo(1L));
        assertThat(Files.readAllLines(text)).hasSize(1_235).first().asString().startsWith("k0 k1 k2 ");
        assertThat(Files.readString(text)).endsWith("\n");
    }

    @Test
    void theSameNGivesTheSameBytes() throws Exception {
        assertThat(Files.readAllBytes(DistinctWords.write(folder.resolve("a.txt"), 1000)))
                .isEqualTo(Files.readAllBytes(DistinctWords.write(folder.resolve("b.txt"), 1000)));
    }
}
