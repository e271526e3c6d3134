package dev.streamcompare.harness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything one comparison measured, as report.json holds it. */
public record Report(String createdUtc, String commandLine, Machine machine, Map<String, String> versions,
              Map<String, Map<String, Object>> settings, Input input, Map<String, String> method,
              List<RunResult> runs, List<SustainableResult> sustainable, List<FaultResult> faults,
              List<SoakResult> soak, Double referenceRateWordsPerSecond, List<ScalingPoint> scaling, PeerResult peer) {

    /** The machine the figures come from. */
    public record Machine(String cpuModel, int cores, long memoryBytes, String os, String java) {}

    /**
     * The input every engine got, byte for byte; {@code warmUp}: copies of the seed sent before the
     * max-rate phase, not timed (null in reports from before it existed).
     */
    public record Input(String seed, int repeat, String sha256, long bytes, long lines, long words, long distinct,
                 int fixedRateLinesPerSecond, int fixedRateSeconds, long markerEveryMillis, Integer warmUp) {}

    public static final String FILE = "report.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path folder) throws IOException {
        JSON.writeValue(folder.resolve(FILE).toFile(), this);
    }

    public static Report read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new dev.streamcompare.common.BadInputException("no " + FILE + " in " + folder);
        }
        return JSON.readValue(file.toFile(), Report.class);
    }

    /**
     * Whether something ran, every run was correct, every fault run went as it must and the peer, if it ran, did
     * not fail (its counts are not checked: they differ from the reference by design).
     */
    public boolean passed() {
        List<FaultResult> faultRuns = faults == null ? List.of() : faults;
        List<SoakResult> soakRuns = soak == null ? List.of() : soak;
        List<ScalingPoint> scalingRuns = scaling == null ? List.of() : scaling;
        return !(runs.isEmpty() && faultRuns.isEmpty() && soakRuns.isEmpty() && scalingRuns.isEmpty())
                && scalingRuns.stream().allMatch(ScalingPoint::correct) && runs.stream().allMatch(RunResult::correct)
                && faultRuns.stream().allMatch(FaultResult::passed) && soakRuns.stream().allMatch(s -> s.verdict().passed())
                && (peer == null || !peer.failed());
    }
}
