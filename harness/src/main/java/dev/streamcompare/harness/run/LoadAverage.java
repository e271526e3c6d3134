package dev.streamcompare.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's 1-minute load average, from Linux's {@code /proc/loadavg}: the runnable and
 * uninterruptible tasks, averaged over about the last minute, the harness's own children included.
 */
public final class LoadAverage {

    private LoadAverage() {}

    /** The 1-minute load average now, or null when {@code /proc/loadavg} cannot be read (not Linux). */
    public static Double now() {
        try {
            return parse(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException | RuntimeException notLinux) {
            return null;
        }
    }

    /** The first figure of {@code /proc/loadavg}'s text: {@code 0.52 0.58 0.59 1/467 12345} gives 0.52. */
    static double parse(String loadavg) {
        return Double.parseDouble(loadavg.trim().split("\\s+")[0]);
    }
}
