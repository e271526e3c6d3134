package dev.streamcompare.harness.report.diff;

import dev.streamcompare.harness.report.Identity;

/**
 * A row whose correctness differs between the two reports: correct in one (every run correct), not in
 * the other. Always flagged, whatever the noise.
 *
 * @param oldCorrect of OLD's {@code oldRuns} runs, the correct ones
 * @param newCorrect of NEW's {@code newRuns} runs, the correct ones
 */
public record CorrectnessChange(Identity identity, int oldCorrect, int oldRuns, int newCorrect, int newRuns) {

    /** Whether the row went wrong: correct in OLD, not in NEW. */
    public boolean broke() {
        return oldCorrect == oldRuns;
    }

    /** Whether a row of {@code correct} correct runs out of {@code runs} counts as correct: every run is. */
    static boolean correct(int correct, int runs) {
        return runs > 0 && correct == runs;
    }
}
