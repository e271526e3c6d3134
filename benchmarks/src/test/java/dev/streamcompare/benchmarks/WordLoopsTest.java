package dev.streamcompare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.TextFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each benchmark's work function does the whole work: every word, counted right. */
class WordLoopsTest {

    static final String[] SMALL = {
        "  the cat\tsat on", "", "the mat.  ", "\u00e9t\u00e9 \ud83d\ude00x the"
    };
    static final List<String> SMALL_WORDS = List.of("the", "cat", "sat", "on", "the", "mat.", "\u00e9t\u00e9", "\ud83d\ude00x", "the");

    @Test
    void everySplitGivesEveryWordInOrder() {
        List<String> tokenizer = new ArrayList<>();
        List<String> handWritten = new ArrayList<>();
        List<String> ascii = new ArrayList<>();
        List<String> regex = new ArrayList<>();
        assertThat(WordLoops.tokenizer(SMALL, tokenizer::add)).isEqualTo(9);
        assertThat(WordLoops.handWritten(SMALL, handWritten::add)).isEqualTo(9);
        assertThat(WordLoops.handWrittenAscii(SMALL, ascii::add)).isEqualTo(9);
        assertThat(WordLoops.regexSplit(SMALL, regex::add)).isEqualTo(9);
        assertThat(tokenizer).isEqualTo(SMALL_WORDS);
        assertThat(handWritten).isEqualTo(SMALL_WORDS);
        assertThat(ascii).isEqualTo(SMALL_WORDS);
        assertThat(regex).isEqualTo(SMALL_WORDS);
    }

    @Test
    void everyCountGivesEachWordsCount() {
        assertThat(WordLoops.wordCounter(SMALL).toMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("the", 3L, "cat", 1L, "sat", 1L, "on", 1L, "mat.", 1L, "\u00e9t\u00e9", 1L, "\ud83d\ude00x", 1L));
        for (Map<String, int[]> counts : List.of(WordLoops.handWrittenCount(SMALL), WordLoops.handWrittenAsciiCount(SMALL), WordLoops.regexSplitCount(SMALL))) {
            assertThat(counts).containsOnlyKeys("the", "cat", "sat", "on", "mat.", "\u00e9t\u00e9", "\ud83d\ude00x");
            assertThat(counts.get("the")).containsExactly(3);
            assertThat(counts.get("mat.")).containsExactly(1);
        }
    }

    @Test
    void theYardsticksCountTheSeedTextAsTheTokenizerDoes() {
        String[] lines = TextFiles.lines(ProjectHome.seedText()).toArray(new String[0]);
        assertThat(WordLoops.wordCounter(lines).total()).isEqualTo(267_976);
        assertThat(WordLoops.tokenizer(lines, word -> {})).isEqualTo(267_976);
        assertThat(WordLoops.handWritten(lines, word -> {})).isEqualTo(267_976);
        assertThat(WordLoops.handWrittenAscii(lines, word -> {})).isEqualTo(267_976);
        assertThat(WordLoops.regexSplit(lines, word -> {})).isEqualTo(267_976);
        assertThat(WordLoops.handWrittenCount(lines)).hasSize(50_106);
        assertThat(WordLoops.handWrittenAsciiCount(lines)).hasSize(50_106);
        assertThat(WordLoops.regexSplitCount(lines)).hasSize(50_106);
    }
}
