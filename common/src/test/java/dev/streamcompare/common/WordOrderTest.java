package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordOrderTest {

    @Test
    void ordersByCodePointWhereStringCompareToOrdersByUtf16Unit() {
        String privateUse = "\uE000";          // U+E000
        String emoji = "\uD83D\uDE00";          // U+1F600, a surrogate pair
        assertThat(privateUse.compareTo(emoji)).as("String.compareTo").isPositive();
        assertThat(WordOrder.compareWords(privateUse, emoji)).as("code point order").isNegative();
        assertThat(WordOrder.compareWords(emoji, privateUse)).isPositive();
    }

    @Test
    void sortsLikePythonSorted() {
        // Python: sorted(['b', 'a', 'ab', '\U0001F600', '\uffff', 'A', '']) puts the emoji last.
        List<String> words = new ArrayList<>(List.of("b", "a", "ab", "\uD83D\uDE00", "\uFFFF", "A", ""));
        words.sort(WordOrder.WORDS);
        assertThat(words).containsExactly("", "A", "a", "ab", "b", "\uFFFF", "\uD83D\uDE00");
    }

    @Test
    void countDescendingThenWord() {
        List<WordCount> entries = new ArrayList<>(List.of(
                new WordCount("b", 2), new WordCount("a", 2), new WordCount("z", 9), new WordCount("\uD83D\uDE00", 2), new WordCount("\uFFFF", 2)));
        entries.sort(WordOrder.BY_COUNT_DESCENDING);
        assertThat(entries).extracting(WordCount::word).containsExactly("z", "a", "b", "\uFFFF", "\uD83D\uDE00");
    }

    @Test
    void topNKeepsTheFirstNInOrder() {
        List<WordCount> entries = List.of(new WordCount("c", 1), new WordCount("b", 5), new WordCount("a", 5), new WordCount("d", 3));
        assertThat(TopN.of(entries, 3)).containsExactly(new WordCount("a", 5), new WordCount("b", 5), new WordCount("d", 3));
        assertThat(TopN.of(entries, 10)).hasSize(4);
        assertThat(TopN.of(entries, 0)).isEmpty();
    }
}
