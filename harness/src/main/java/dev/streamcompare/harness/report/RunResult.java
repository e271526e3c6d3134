package dev.streamcompare.harness.report;

import java.util.List;

/**
 * One run of one job on one engine (or of the baseline), as report.json records it. Figures a
 * run does not have (latency of a batch job) are null.
 *
 * @param job                    batch, file, socket, stateful or consume
 * @param engine                 flink, spark or plain-java
 * @param run                    1..N
 * @param correct                the job's totals equal the reference counts
 * @param failure                why the run failed (timeout, crash), or null
 * @param exitCode               the child's exit code (null if it had to be killed)
 * @param wordsExpected          words in the reference totals of the whole run
 * @param wordsCounted           words in the job's totals
 * @param differences            what differs from the reference
 * @param throughputWordsPerSecond max-rate phase: words / (last needed batch published − first byte offered)
 * @param maxRatePhase           what the throughput is computed from
 * @param latencyMs              end to end: publish time of the batch file holding a marker − its send time
 * @param processingDelayMs      publish time of that batch file − that batch's end
 * @param markersSent            markers injected in the fixed-rate phase
 * @param markersFound           markers found in published batch files
 * @param startupMs              child JVM spawned → job ready (source connected, or first batch)
 * @param cpuSeconds             user + system CPU of the child's whole process tree (on a local cluster, plus the
 *                               cluster's processes during the run); null when not measured (a cluster elsewhere)
 * @param peakRssBytes           peak of the sampled RSS sum over the tree (and the local cluster's); null when not measured
 * @param harnessCpuSeconds      the harness's own CPU during the run
 * @param log                    the child's log, relative to the report folder
 * @param timeline               RSS, state size and latency over the run (soak runs), or null
 */
public record RunResult(String job, String engine, int run, boolean correct, String failure, Integer exitCode,
                 long wordsExpected, long wordsCounted, Differences differences,
                 Double throughputWordsPerSecond, Phase maxRatePhase,
                 Stats.Percentiles latencyMs, Stats.Percentiles processingDelayMs, int markersSent, int markersFound,
                 Long startupMs, Double cpuSeconds, Long peakRssBytes, double harnessCpuSeconds, String log,
                 Timeline timeline) {

    /** Words missing, extra, or counted differently, with the first few differences. */
    public record Differences(int missing, int extra, int different, List<String> first) {
        public static final Differences NONE = new Differences(0, 0, 0, List.of());
    }

    /** A figure at a time: seconds since the child was spawned, and the value. */
    public record Point(double seconds, double value) {}

    /** Sampled every second: the tree's RSS and the distinct words counted; per marker: its latency. */
    public record Timeline(List<Point> rssMiB, List<Point> distinctWords, List<Point> latencyMs) {}

    /** The max-rate phase: words sent, seconds from first byte to completing batch, batches published. */
    public record Phase(long words, double seconds, int batches) {}
}
