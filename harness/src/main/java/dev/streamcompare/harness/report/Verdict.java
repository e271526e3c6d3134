package dev.streamcompare.harness.report;

/**
 * Whether a run counted right, and what it counted.
 *
 * @param correct       the job's totals equal the reference counts
 * @param failure       why the run failed (timeout, crash), or null
 * @param exitCode      the child's exit code (null if it had to be killed)
 * @param wordsExpected words in the reference totals of the whole run
 * @param wordsCounted  words in the job's totals
 * @param differences   what differs from the reference
 */
public record Verdict(boolean correct, String failure, Integer exitCode, long wordsExpected, long wordsCounted,
                      RunResult.Differences differences) {

    /** A run that was never checked: {@code why} it failed, nothing counted. */
    public static Verdict failed(String why) {
        return new Verdict(false, why, null, 0, 0, RunResult.Differences.NONE);
    }
}
