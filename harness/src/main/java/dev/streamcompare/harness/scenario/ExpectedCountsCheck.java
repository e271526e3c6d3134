package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.ExpectationCheck;
import dev.streamcompare.harness.report.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The expected counts of an input of {@code copies} copies of the seed, as the reference counter
 * made them, against the oracle of the seed's counts × {@code copies}: checked before any job runs,
 * so that a tokenizer or counter gone wrong (which the tuned jobs run too) cannot make a wrong job
 * look right. The harness's own words — sentinels, markers, probes, all starting with
 * {@value #HARNESS_WORDS} — are not the seed's and are left out.
 */
final class ExpectedCountsCheck {

    /** The prefix of every word the harness adds to an input. */
    static final String HARNESS_WORDS = "streamcompare-";

    private final Map<String, Long> oracle;
    private final String oracleName;

    private ExpectedCountsCheck(Map<String, Long> oracle, String oracleName) {
        this.oracle = oracle;
        this.oracleName = oracleName;
    }

    /** The oracle in {@code file} (word TAB count lines), named {@code name} in messages. */
    static ExpectedCountsCheck of(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("the oracle of the seed's counts, " + name + ", is missing: it is committed, restore it "
                    + "(git checkout -- " + name + ")");
        }
        return new ExpectedCountsCheck(BatchFiles.read(file), name);
    }

    /** An oracle given as counts (tests). */
    static ExpectedCountsCheck of(Map<String, Long> oracle, String name) {
        return new ExpectedCountsCheck(Map.copyOf(oracle), name);
    }

    /** How {@code expected}, harness words left out, differs from the oracle × {@code copies}; NONE when it does not. */
    RunResult.Differences differences(Map<String, Long> expected, int copies) {
        Map<String, Long> seedWords = new HashMap<>();
        expected.forEach((word, count) -> {
            if (!word.startsWith(HARNESS_WORDS)) {
                seedWords.put(word, count);
            }
        });
        Map<String, Long> times = new HashMap<>();
        oracle.forEach((word, count) -> {
            if (!word.startsWith(HARNESS_WORDS)) {
                times.put(word, count * copies);
            }
        });
        return Differences.between(times, seedWords);
    }

    /**
     * Checks each of {@code inputs} (a name for messages → the input and its copies of the seed);
     * throws a one-line {@link BadInputException} at the first that differs, else says what passed.
     */
    ExpectationCheck check(Map<String, Checked> inputs) {
        StringBuilder summary = new StringBuilder();
        for (Map.Entry<String, Checked> input : inputs.entrySet()) {
            Checked checked = input.getValue();
            RunResult.Differences differences = differences(checked.counts(), checked.copies());
            if (differences != RunResult.Differences.NONE) {
                throw new BadInputException(String.format(Locale.ROOT, "the expected counts of %s (the reference counter's) differ "
                        + "from %s × %d (Python's str.split()) in %,d words, first: %s (expected: the oracle's, counted: the "
                        + "reference counter's); the seed text or the tokenizer is not what the oracle was made with",
                        input.getKey(), oracleName, checked.copies(), differences.missing() + differences.extra()
                                + differences.different(), String.join("; ", differences.first())));
            }
            summary.append(summary.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s equals the oracle × %d",
                    input.getKey(), checked.copies()));
        }
        return ExpectationCheck.passed(oracleName, summary + " (" + String.format(Locale.ROOT, "%,d", oracle.size())
                + " distinct words; the harness's own words, " + HARNESS_WORDS + "…, left out)");
    }

    /** The inputs a comparison prepares: the max-rate input and the warm-up, if any. */
    static Map<String, Checked> inputs(Workload workload, int repeat, Workload warmUp, int warmUpCopies) {
        Map<String, Checked> inputs = new LinkedHashMap<>();
        inputs.put("the input", new Checked(workload.counts(), repeat));
        if (warmUp != null) {
            inputs.put("the warm-up", new Checked(warmUp.counts(), warmUpCopies));
        }
        return inputs;
    }

    /** Expected counts of an input of {@code copies} copies of the seed. */
    record Checked(Map<String, Long> counts, int copies) {}
}
