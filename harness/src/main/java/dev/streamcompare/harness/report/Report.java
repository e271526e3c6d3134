package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.streamcompare.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one comparison measured, as report.json holds it: the layout's version, when and how it
 * was asked for, then the setup's fields and the findings' in line, in this order.
 *
 * @param schemaVersion report.json's layout, {@link #SCHEMA_VERSION} when written; null in reports from before it was
 *                      recorded, which are version 1 ({@link #schema()})
 */
public record Report(@JsonInclude(JsonInclude.Include.NON_NULL) Integer schemaVersion, String createdUtc, String commandLine,
                     @JsonUnwrapped Setup setup, @JsonUnwrapped Findings findings) {

    /**
     * The layout this harness writes. 1: no version recorded; 2: {@code schemaVersion}, and the setup's
     * {@code loadAverage}, {@code gitCommit} and {@code jvmFlags}.
     */
    public static final int SCHEMA_VERSION = 2;

    /** A report of the layout this harness writes. */
    public static Report of(String createdUtc, String commandLine, Setup setup, Findings findings) {
        return new Report(SCHEMA_VERSION, createdUtc, commandLine, setup, findings);
    }

    /** A report without a version, as reports were before one was recorded (version 1). */
    public Report(String createdUtc, String commandLine, Setup setup, Findings findings) {
        this(null, createdUtc, commandLine, setup, findings);
    }

    /** The layout's version: {@link #schemaVersion}, or 1 for a report from before it was recorded. */
    @JsonIgnore
    public int schema() {
        return schemaVersion == null ? 1 : schemaVersion;
    }

    /**
     * What the figures were measured on and how, and under what load. The fields of version 2 are null in
     * reports from before it (and left out of report.json when null).
     *
     * @param loadAverage the machine's load while the comparison ran
     * @param versions    the harness's and the engines' versions, by name
     * @param gitCommit   the commit of the checkout that ran the comparison ({@code git rev-parse HEAD}), with
     *                    {@code -dirty} when it had changes ({@code git status --porcelain}); null when not a git
     *                    checkout, or git did not answer in time
     * @param settings    each engine's settings, by engine label
     * @param jvmFlags    the JVM flags of the harness and of each engine's jobs
     * @param method      how each figure is measured ({@code howMeasured}: Markdown)
     */
    public record Setup(Machine machine, @JsonInclude(JsonInclude.Include.NON_NULL) Load loadAverage, Map<String, String> versions,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String gitCommit, Map<String, Map<String, Object>> settings,
                        @JsonInclude(JsonInclude.Include.NON_NULL) JvmFlags jvmFlags, Input input, Map<String, String> method) {

        /** A setup without load, commit and flags, as reports had it before version 2. */
        public Setup(Machine machine, Map<String, String> versions, Map<String, Map<String, Object>> settings, Input input,
                     Map<String, String> method) {
            this(machine, null, versions, null, settings, null, input, method);
        }
    }

    /**
     * The machine's 1-minute load average ({@code /proc/loadavg}) while the comparison ran; each null
     * where it could not be read (not Linux).
     *
     * @param atStart when the comparison began
     * @param atEnd   when its last run had ended
     * @param max     the highest of those and of the samples taken between them, every few seconds
     */
    public record Load(Double atStart, Double atEnd, Double max) {}

    /**
     * The JVM flags the comparison ran with: options only, no class path, main class or arguments;
     * folders of the invocation's own named {@code <home>} (the checkout) and {@code <work>} (its
     * temporary work folder), so that two reports' flags compare.
     *
     * @param harness the harness's own ({@code ./compare.sh}'s java)
     * @param jobs    those of the child JVMs of each engine's jobs, by engine label
     */
    public record JvmFlags(List<String> harness, Map<String, List<String>> jobs) {}

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
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("no " + FILE + " in " + folder);
        }
        return load(folder);
    }

    /**
     * The report in {@code path}: a report folder, or a report.json file (of any name); a
     * {@link BadInputException} when there is none, or it is not a report.
     */
    public static Report load(Path path) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(Files.isDirectory(path) ? "no " + FILE + " in " + path : "no such report: " + path);
        }
        try {
            return JSON.readValue(file.toFile(), Report.class);
        } catch (JsonProcessingException notAReport) {
            throw new BadInputException(file + " is not a " + FILE + ": " + notAReport.getOriginalMessage().lines().findFirst().orElse(""));
        }
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
