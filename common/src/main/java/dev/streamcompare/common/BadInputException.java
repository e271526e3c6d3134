package dev.streamcompare.common;

/**
 * Input the user can fix: a missing file, a bad option value. Reported as one line and exit
 * code {@value JobCli#EXIT_BAD_INPUT}, without a stack trace.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
