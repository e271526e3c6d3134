package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.ExpectationCheck;
import dev.streamcompare.harness.report.RunResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expected counts against the oracle × copies, before any job runs. */
class ExpectedCountsCheckTest {

    @TempDir
    Path temp;

    /** What Python's str.split() makes of {@link #LINES}, written here by hand. */
    private static final Map<String, Long> PYTHON = Map.of("a", 2L, "b", 1L, "c", 1L);
    /** A no-break space (U+00A0) between a and b: whitespace to Python, not to Java's \s. */
    private static final List<String> LINES = List.of("a\u00A0b c", "a");

    @Test
    void theSeedsExpectedCountsEqualTheCommittedOracleTimesTheRepeat() throws Exception {
        Workload input = Workload.prepare(ProjectHome.seedText(), 3, temp.resolve("input.txt"));
        Workload warmUp = Workload.prepare(ProjectHome.seedText(), 1, temp.resolve("warm-up.txt"));

        ExpectationCheck check = ExpectedCountsCheck.of(ProjectHome.seedOracle(), "data/Ulysses.counts.tsv")
                .check(ExpectedCountsCheck.inputs(input, 3, warmUp, 1));

        assertThat(check).isEqualTo(ExpectationCheck.passed("data/Ulysses.counts.tsv", "the input equals the oracle × 3; "
                + "the warm-up equals the oracle × 1 (50,106 distinct words; the harness's own words, streamcompare-…, left out)"));
    }

    @Test
    void aTokenizerThatDiffersFromPythonsSplitStopsTheComparisonInOneLine() {
        Map<String, Long> javaSplit = new HashMap<>();
        for (int copy = 0; copy < 2; copy++) {
            LINES.forEach(line -> List.of(line.split("\\s+")).forEach(word -> javaSplit.merge(word, 1L, Long::sum)));
        }
        ExpectedCountsCheck check = ExpectedCountsCheck.of(PYTHON, "oracle.tsv");

        assertThat(check.differences(javaSplit, 2)).isEqualTo(new RunResult.Differences(1, 1, 1,
                List.of("a: expected 4, counted 2", "a\u00A0b: expected 0, counted 2", "b: expected 2, counted 0")));
        assertThatThrownBy(() -> check.check(Map.of("the input", new ExpectedCountsCheck.Checked(javaSplit, 2))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("the expected counts of the input (the reference counter's) differ from oracle.tsv × 2 (Python's "
                        + "str.split()) in 3 words, first: a: expected 4, counted 2; a\u00A0b: expected 0, counted 2; b: expected 2, "
                        + "counted 0 (expected: the oracle's, counted: the reference counter's); the seed text or the tokenizer "
                        + "is not what the oracle was made with")
                .message().doesNotContain("\n");
    }

    @Test
    void theSameCountsForAnotherNumberOfCopiesDiffer() throws Exception {
        Workload input = Workload.prepare(ProjectHome.seedText(), 2, temp.resolve("input.txt"));
        ExpectedCountsCheck check = ExpectedCountsCheck.of(ProjectHome.seedOracle(), "data/Ulysses.counts.tsv");

        assertThat(check.differences(input.counts(), 2)).isEqualTo(RunResult.Differences.NONE);
        assertThat(check.differences(input.counts(), 3).different()).as("every word of the seed").isEqualTo(50_106);
    }

    @Test
    void theHarnesssOwnWordsAreLeftOutOfTheCheck() {
        Map<String, Long> withHarnessWords = new HashMap<>(Map.of("a", 6L, "b", 3L, "c", 3L));
        withHarnessWords.put("streamcompare-piece-max-1", 1L);
        withHarnessWords.put("streamcompare-marker-000001", 1L);
        withHarnessWords.put("streamcompare-probe", 4L);

        assertThat(ExpectedCountsCheck.of(PYTHON, "oracle.tsv").differences(withHarnessWords, 3)).isEqualTo(RunResult.Differences.NONE);
    }

    @Test
    void aMissingOracleIsOneLineNamingTheFileToRestore() {
        assertThatThrownBy(() -> ExpectedCountsCheck.of(temp.resolve("none.tsv"), "data/Ulysses.counts.tsv"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("the oracle of the seed's counts, data/Ulysses.counts.tsv, is missing: it is committed, restore it "
                        + "(git checkout -- data/Ulysses.counts.tsv)");
    }
}
