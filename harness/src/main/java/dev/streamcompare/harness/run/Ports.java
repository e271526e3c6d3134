package dev.streamcompare.harness.run;

import dev.streamcompare.common.BadInputException;

/** Checks of TCP port numbers given on the command line. */
public final class Ports {

    private Ports() {}

    public static int requireValid(int port, String option) {
        if (port < 0 || port > 65_535) {
            throw new BadInputException(option + ": port must be 0..65535, got " + port);
        }
        return port;
    }

    public static int parse(String text, String option) {
        try {
            return requireValid(Integer.parseInt(text), option);
        } catch (NumberFormatException e) {
            throw new BadInputException(option + ": port must be a number, got '" + text + "'");
        }
    }
}
