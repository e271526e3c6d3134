package dev.streamcompare.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything one comparison measured, as report.json holds it. */
record Report(String createdUtc, String commandLine, Machine machine, Map<String, String> versions,
              Map<String, Map<String, Object>> settings, Input input, Map<String, String> method,
              List<RunResult> runs, List<SustainableRate.Result> sustainable, List<FaultRuns.Result> faults,
              List<Soak.Result> soak, Double referenceRateWordsPerSecond, List<Scaling.Point> scaling, Peer.Result peer) {

    /** The machine the figures come from. */
    record Machine(String cpuModel, int cores, long memoryBytes, String os, String java) {}

    /**
     * The input every engine got, byte for byte; {@code warmUp}: copies of the seed sent before the
     * max-rate phase, not timed (null in reports from before it existed).
     */
    record Input(String seed, int repeat, String sha256, long bytes, long lines, long words, long distinct,
                 int fixedRateLinesPerSecond, int fixedRateSeconds, long markerEveryMillis, Integer warmUp) {}

    static final String FILE = "report.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path folder) throws IOException {
        JSON.writeValue(folder.resolve(FILE).toFile(), this);
    }

    static Report read(Path folder) throws IOException {
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
    boolean passed() {
        List<FaultRuns.Result> faultRuns = faults == null ? List.of() : faults;
        List<Soak.Result> soakRuns = soak == null ? List.of() : soak;
        List<Scaling.Point> scalingRuns = scaling == null ? List.of() : scaling;
        return !(runs.isEmpty() && faultRuns.isEmpty() && soakRuns.isEmpty() && scalingRuns.isEmpty())
                && scalingRuns.stream().allMatch(Scaling.Point::correct) && runs.stream().allMatch(RunResult::correct)
                && faultRuns.stream().allMatch(FaultRuns.Result::passed) && soakRuns.stream().allMatch(s -> s.verdict().passed())
                && (peer == null || !peer.failed());
    }
}
