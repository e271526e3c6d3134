package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.WordCount;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch job's verdict: its whole result against the reference's counts, and its printed top words, in order. */
class BatchRunVerdictTest {

    /** The reference's counts: 5 + 3 + 3 + 1 = 12 words. */
    private static final Map<String, Long> COUNTS = Map.of("the", 5L, "dog", 3L, "fox", 3L, "a", 1L);
    /** The reference's top 3 of them. */
    private static final List<WordCount> TOP = List.of(new WordCount("the", 5), new WordCount("dog", 3), new WordCount("fox", 3));
    private static final List<String> TOP_PRINTED = List.of("the\t5", "dog\t3", "fox\t3");

    private static Verdict verdict(List<String> printed, Map<String, Long> whole, String failure, Integer exitCode) {
        return BatchRun.verdict(new BatchRun.Published(printed, whole), TOP, COUNTS, failure, exitCode);
    }

    @Test
    void theReferencesWholeCountsAndTopWordsInItsOrderAreCorrect() {
        assertThat(verdict(TOP_PRINTED, COUNTS, null, 0)).isEqualTo(new Verdict(true, null, 0, 12, 12, RunResult.Differences.NONE));
    }

    @Test
    void aWordWrongBelowTheTopIsWrongAndNamed() {
        Verdict verdict = verdict(TOP_PRINTED, Map.of("the", 5L, "dog", 3L, "fox", 3L, "a", 2L), null, 0);

        assertThat(verdict).isEqualTo(new Verdict(false, null, 0, 12, 13,
                new RunResult.Differences(0, 0, 1, List.of("a: expected 1, counted 2"))));
    }

    @Test
    void aWordMissingBelowTheTopAndAnUnexpectedOneAreNamed() {
        Verdict verdict = verdict(TOP_PRINTED, Map.of("the", 5L, "dog", 3L, "fox", 3L, "b", 1L), null, 0);

        assertThat(verdict).isEqualTo(new Verdict(false, null, 0, 12, 12,
                new RunResult.Differences(1, 1, 0, List.of("a: expected 1, counted 0", "b: expected 0, counted 1"))));
    }

    @Test
    void theRightCountsPrintedOutOfOrderAreWrongAndSaySo() {
        Verdict verdict = verdict(List.of("dog\t3", "the\t5", "fox\t3"), COUNTS, null, 0);

        assertThat(verdict).isEqualTo(new Verdict(false, null, 0, 12, 12,
                new RunResult.Differences(0, 0, 0, List.of("the printed top 3 is not the reference's, in its order"))));
    }

    @Test
    void noWholeResultIsEveryWordMissing() {
        Verdict verdict = verdict(TOP_PRINTED, Map.of(), null, 0);

        assertThat(verdict.correct()).isFalse();
        assertThat(verdict.wordsCounted()).isZero();
        assertThat(verdict.differences().missing()).isEqualTo(4);
    }

    @Test
    void aFailedRunIsWrongEvenWithTheRightOutput() {
        assertThat(verdict(TOP_PRINTED, COUNTS, "exited with 1", 1))
                .isEqualTo(new Verdict(false, "exited with 1", 1, 12, 12, RunResult.Differences.NONE));
    }
}
