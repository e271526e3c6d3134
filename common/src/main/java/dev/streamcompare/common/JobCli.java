package dev.streamcompare.common;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Option parsing and exit codes shared by every job of every engine, kept out of the pipelines.
 * Errors the user can fix are one line on stderr and exit code 2; a failure of the job is one
 * line and exit code 1 (with the stack trace only under {@code -Dstreamcompare.debug=true}).
 */
public final class JobCli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    /** A job body that may throw. */
    @FunctionalInterface
    public interface JobBody {
        void run() throws Exception;
    }

    private JobCli() {}

    /**
     * Parses {@code args} into {@code options} (a picocli-annotated object with a
     * {@code validate()} method) or ends the JVM: with 0 after {@code --help}, with 2 after a bad
     * option.
     */
    public static <T extends JobOptions> T parseOrExit(String job, T options, String[] args) {
        int exit = parse(job, options, args, System.out, System.err);
        if (exit >= 0) {
            System.exit(exit);
        }
        return options;
    }

    /**
     * Parses {@code args} into {@code options}; returns -1 when the job should go on, else the
     * exit code to end with (help printed, or one-line error printed).
     */
    public static int parse(String job, JobOptions options, String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(options).setCommandName(job);
        try {
            cli.parseArgs(args);
            if (cli.isUsageHelpRequested()) {
                cli.usage(out);
                return EXIT_OK;
            }
            options.validate();
            return -1;
        } catch (ParameterException | BadInputException e) {
            err.println(job + ": error: " + e.getMessage() + " (see --help)");
            return EXIT_BAD_INPUT;
        }
    }

    /** Runs the job and ends the JVM with its exit code. */
    public static void runAndExit(String job, JobBody body) {
        System.exit(run(job, body, System.err));
    }

    /** Runs the job; a failure becomes one line on {@code err} and a non-zero code. */
    public static int run(String job, JobBody body, PrintStream err) {
        try {
            body.run();
            return EXIT_OK;
        } catch (BadInputException e) {
            err.println(job + ": error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (Exception e) {
            err.println(job + ": failed: " + rootMessage(e));
            if (Boolean.getBoolean("streamcompare.debug")) {
                e.printStackTrace(err);
            }
            return EXIT_FAILED;
        }
    }

    /** The first line of the innermost cause's message, with its type. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getName();
        }
        // Engines put whole serialization stacks into messages: one line is the contract.
        return root.getClass().getSimpleName() + ": " + message.strip().lines().findFirst().orElse("");
    }
}
