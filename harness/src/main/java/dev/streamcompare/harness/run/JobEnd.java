package dev.streamcompare.harness.run;

import java.time.Duration;

/**
 * How a streaming job's child ended once its run was over, and whether that fails the run: only a
 * job that was still running, stopped on SIGTERM within the grace period and exited 0 ended well.
 * One that had ended by itself before the harness stopped it (a crash, or an end the harness did
 * not ask for) fails however right its counts, and so does one that had to be killed.
 *
 * @param how      by itself, on SIGTERM, or killed after the grace period
 * @param exitCode the child's exit code; null if it was killed
 * @param grace    the grace period it had after SIGTERM
 */
public record JobEnd(How how, Integer exitCode, Duration grace) {

    /** How the child ended. */
    public enum How { BY_ITSELF, ON_SIGTERM, KILLED }

    /** The child had ended before the harness asked it to stop, with {@code exitCode}. */
    public static JobEnd byItself(int exitCode) {
        return new JobEnd(How.BY_ITSELF, exitCode, null);
    }

    /** The child stopped on SIGTERM within {@code grace}, with {@code exitCode}. */
    public static JobEnd onSigterm(int exitCode, Duration grace) {
        return new JobEnd(How.ON_SIGTERM, exitCode, grace);
    }

    /** The child was still running {@code grace} after SIGTERM and was killed. */
    public static JobEnd killed(Duration grace) {
        return new JobEnd(How.KILLED, null, grace);
    }

    /** Why this end fails the run, or null if it does not. */
    public String failure() {
        return switch (how) {
            case BY_ITSELF -> "the job ended by itself (exit " + exitCode + ") before the harness stopped it; see its log";
            case KILLED -> "the job did not stop within the " + grace.toSeconds() + " s grace period after SIGTERM: killed (SIGKILL)";
            case ON_SIGTERM -> exitCode == 0 ? null : "the job exited with " + exitCode + " after SIGTERM; see its log";
        };
    }
}
