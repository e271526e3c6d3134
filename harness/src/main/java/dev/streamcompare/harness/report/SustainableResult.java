package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** The highest sustained rate of one job on one engine (null if even the first was not), and the probes. */
public record SustainableResult(@JsonUnwrapped Identity identity, Integer linesPerSecond, Double wordsPerSecond,
                                Double latencyP99Ms, int probeSeconds, List<SustainableProbe> probes) {

    /** The result of {@code probes}, {@code best} the highest that was sustained or null; words/s from lines/s. */
    public static SustainableResult of(Identity identity, SustainableProbe best, double wordsPerLine, int probeSeconds,
                                       List<SustainableProbe> probes) {
        return best == null ? new SustainableResult(identity, null, null, null, probeSeconds, probes)
                : new SustainableResult(identity, best.linesPerSecond(), best.linesPerSecond() * wordsPerLine,
                        best.latencyP99Ms(), probeSeconds, probes);
    }
}
