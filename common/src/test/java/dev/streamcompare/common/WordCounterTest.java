package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void everyCountEqualsPythonsOracle() throws IOException {
        Path oracle = ProjectHome.locate().resolve("data/Ulysses.counts.tsv");
        assumeTrue(Files.isRegularFile(oracle), "data/Ulysses.counts.tsv comes from ../shared/data with data/get-ulysses.sh");
        Map<String, Long> expected = new HashMap<>();
        for (String line : Files.readAllLines(oracle, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t');
            expected.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
        }
        assertThat(WordCounter.countFile(ProjectHome.seedText()).toMap()).isEqualTo(expected);
    }

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
