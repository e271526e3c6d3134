package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.WordCount;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch job's verdict: its printed top words against the reference's, in order. */
class BatchRunVerdictTest {

    /** The reference's top 3: 5 + 3 + 3 = 11 words. */
    private static final List<WordCount> TOP = List.of(new WordCount("the", 5), new WordCount("dog", 3), new WordCount("fox", 3));

    @Test
    void theReferencesTopWordsInItsOrderAreCorrect() {
        Verdict verdict = BatchRun.verdict(List.of("the\t5", "dog\t3", "fox\t3"), TOP, null, 0);

        assertThat(verdict).isEqualTo(new Verdict(true, null, 0, 11, 11, RunResult.Differences.NONE));
    }

    @Test
    void theRightCountsOutOfOrderAreWrongWithNoDifferenceInCounts() {
        Verdict verdict = BatchRun.verdict(List.of("dog\t3", "the\t5", "fox\t3"), TOP, null, 0);

        assertThat(verdict).isEqualTo(new Verdict(false, null, 0, 11, 11, RunResult.Differences.NONE));
    }

    @Test
    void aWrongCountIsWrongAndNamed() {
        Verdict verdict = BatchRun.verdict(List.of("the\t5", "dog\t3", "fox\t2"), TOP, null, 0);

        assertThat(verdict).isEqualTo(new Verdict(false, null, 0, 11, 10,
                new RunResult.Differences(0, 0, 1, List.of("fox: expected 3, counted 2"))));
    }

    @Test
    void aMissingWordAndAnUnexpectedOneAreNamed() {
        Verdict verdict = BatchRun.verdict(List.of("the\t5", "dog\t3", "cat\t3"), TOP, null, 0);

        assertThat(verdict.correct()).isFalse();
        assertThat(verdict.differences()).isEqualTo(new RunResult.Differences(1, 1, 0,
                List.of("cat: expected 0, counted 3", "fox: expected 3, counted 0")));
    }

    @Test
    void aFailedRunIsWrongEvenWithTheRightOutput() {
        Verdict verdict = BatchRun.verdict(List.of("the\t5", "dog\t3", "fox\t3"), TOP, "exited with 1", 1);

        assertThat(verdict).isEqualTo(new Verdict(false, "exited with 1", 1, 11, 11, RunResult.Differences.NONE));
    }
}
