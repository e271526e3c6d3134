package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one comparison measured, as report.json holds it: when and how it was asked for, then
 * the setup's fields and the findings' in line, in this order.
 */
public record Report(String createdUtc, String commandLine, @JsonUnwrapped Setup setup, @JsonUnwrapped Findings findings) {

    /**
     * What the figures were measured on and how.
     *
     * @param versions the harness's and the engines' versions, by name
     * @param settings each engine's settings, by engine label
     * @param method   how each figure is measured ({@code howMeasured}: Markdown)
     */
    public record Setup(Machine machine, Map<String, String> versions, Map<String, Map<String, Object>> settings, Input input,
                        Map<String, String> method) {}

    /**
     * What was measured: each list empty (or null, in reports from before it existed) when not asked for.
     *
     * @param referenceRateWordsPerSecond the reference counter's rate on the input: the median of
     *                                    {@code referenceRates}, or null
     * @param referenceRates              every measurement of it, in time order (null in reports from before it existed)
     * @param peer                        the peer, or null if it did not run
     * @param frontier                    the latency–throughput frontier's points (null in reports from before it existed)
     */
    public record Findings(List<RunResult> runs, List<SustainableResult> sustainable, List<FaultResult> faults,
                           List<SoakResult> soak, Double referenceRateWordsPerSecond, List<ReferenceMeasurement> referenceRates,
                           List<ScalingPoint> scaling, PeerResult peer,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<FrontierPoint> frontier) {

        /** Findings without a frontier, as reports had them before. */
        public Findings(List<RunResult> runs, List<SustainableResult> sustainable, List<FaultResult> faults,
                        List<SoakResult> soak, Double referenceRateWordsPerSecond, List<ReferenceMeasurement> referenceRates,
                        List<ScalingPoint> scaling, PeerResult peer) {
            this(runs, sustainable, faults, soak, referenceRateWordsPerSecond, referenceRates, scaling, peer, null);
        }

        /** Findings with one reference rate and no list of its measurements, as reports had before. */
        public Findings(List<RunResult> runs, List<SustainableResult> sustainable, List<FaultResult> faults,
                        List<SoakResult> soak, Double referenceRateWordsPerSecond, List<ScalingPoint> scaling, PeerResult peer) {
            this(runs, sustainable, faults, soak, referenceRateWordsPerSecond, null, scaling, peer);
        }

        /** The reference rate's measurements; empty in reports from before they were kept. */
        @JsonIgnore
        public Yardstick yardstick() {
            return new Yardstick(referenceRates);
        }
    }

    /**
     * The machine the figures come from.
     *
     * @param cores      the CPUs the harness may use
     * @param pinnedCpus the CPUs every child JVM was pinned to ({@code taskset -c} list), or null when not pinned
     * @param pinning    how the children were pinned, or why not (null in reports from before it was recorded)
     */
    public record Machine(String cpuModel, int cores, long memoryBytes, String os, String java, String pinnedCpus,
                          String pinning) {}

    /**
     * The input every engine got, byte for byte, and the fixed-rate phase's.
     *
     * @param warmUp         copies of the seed sent before the max-rate phase, not timed (null in reports from before it existed)
     * @param expectedCounts the check of the expected counts against the oracle (null in reports from before it existed)
     */
    public record Input(@JsonUnwrapped Text text, @JsonUnwrapped FixedRate fixedRate, Integer warmUp,
                        ExpectationCheck expectedCounts) {

        /**
         * The max-rate input: the seed text {@code repeat} times, cut into {@code pieces} (each with a
         * sentinel word of its own, counted in {@code words}; null in reports from before).
         */
        public record Text(String seed, int repeat, String sha256, long bytes, long lines, long words, long distinct,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer pieces) {}

        /** The fixed-rate phase: lines per second, for how long, and a marker every so often. */
        public record FixedRate(@JsonProperty("fixedRateLinesPerSecond") int linesPerSecond,
                                @JsonProperty("fixedRateSeconds") int seconds, long markerEveryMillis) {}
    }

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
        List<RunResult> runs = orEmpty(findings.runs());
        List<FaultResult> faults = orEmpty(findings.faults());
        List<SoakResult> soak = orEmpty(findings.soak());
        List<ScalingPoint> scaling = orEmpty(findings.scaling());
        List<FrontierPoint> frontier = orEmpty(findings.frontier());
        return !(runs.isEmpty() && faults.isEmpty() && soak.isEmpty() && scaling.isEmpty() && frontier.isEmpty())
                && scaling.stream().allMatch(ScalingPoint::correct) && frontier.stream().allMatch(FrontierPoint::correct) && runs.stream().allMatch(RunResult::correct)
                && faults.stream().allMatch(FaultResult::passed) && soak.stream().allMatch(s -> s.verdict().passed())
                && (findings.peer() == null || !findings.peer().failed());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
