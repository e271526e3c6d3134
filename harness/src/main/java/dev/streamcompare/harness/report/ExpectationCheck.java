package dev.streamcompare.harness.report;

/**
 * Whether the expected counts, which the reference counter makes, were checked against an oracle
 * that no code of the project made ({@code data/Ulysses.counts.tsv}, Python's {@code str.split()})
 * before any job ran. A check that fails stops the comparison, so a report holds only passed or
 * skipped checks.
 *
 * @param checked whether the check was made, and passed
 * @param oracle  the oracle file, relative to the checkout; null when not checked
 * @param summary what was checked against what, or why nothing was
 */
public record ExpectationCheck(boolean checked, String oracle, String summary) {

    /** The check made and passed: {@code summary} says what was compared. */
    public static ExpectationCheck passed(String oracle, String summary) {
        return new ExpectationCheck(true, oracle, summary);
    }

    /** No check: {@code why}. */
    public static ExpectationCheck skipped(String why) {
        return new ExpectationCheck(false, null, why);
    }

    /** One line for the report: checked against what, or not and why. */
    public String line() {
        return checked ? "checked against " + oracle + " before any job ran: " + summary
                : "not checked against an oracle: " + summary;
    }
}
