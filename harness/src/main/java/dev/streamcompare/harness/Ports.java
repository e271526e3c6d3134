package dev.streamcompare.harness;

import dev.streamcompare.common.BadInputException;

/** Checks of TCP port numbers given on the command line. */
final class Ports {

    private Ports() {}

    static int requireValid(int port, String option) {
        if (port < 0 || port > 65_535) {
            throw new BadInputException(option + ": port must be 0..65535, got " + port);
        }
        return port;
    }

    static int parse(String text, String option) {
        try {
            return requireValid(Integer.parseInt(text), option);
        } catch (NumberFormatException e) {
            throw new BadInputException(option + ": port must be a number, got '" + text + "'");
        }
    }
}
