package dev.streamcompare.harness.report.diff;

import dev.streamcompare.harness.report.Conditions;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.ExpectationCheck;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Stats;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.report.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reports to diff: one built by the model as a comparison writes it now ({@link #report}), and the
 * committed report.json pairs under {@code src/test/resources/diff/} (their README says how each
 * differs from {@code old}, which was written from {@link #report} and trimmed of its nulls).
 */
public final class DiffFixtures {

    public static final Identity BATCH_FLINK = Identity.of(Job.BATCH, Engine.FLINK);
    public static final Identity SOCKET_FLINK = Identity.of(Job.SOCKET, Engine.FLINK);
    public static final Identity SOCKET_SPARK = Identity.of(Job.SOCKET, Engine.SPARK);
    public static final Identity STATEFUL_FLINK = Identity.of(Job.STATEFUL, Engine.FLINK);

    private static final long MIB = 1024 * 1024;

    private DiffFixtures() {}

    /** The folder of fixture {@code name}: {@code old}, {@code slower}, … */
    public static Path folder(String name) {
        try {
            return Path.of(DiffFixtures.class.getResource("/diff/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report of fixture {@code name}, read as the diff reads it. */
    public static Report read(String name) {
        try {
            return Report.load(folder(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report as a comparison writes it: the layout of now, with the figures of fixture {@code old}. */
    public static Report report() {
        return Report.of("2026-12-03T05:00:00Z", "./compare.sh --repeat 4 --runs 2 --jobs batch,socket --engines flink,spark "
                + "--find-sustainable", setup(), findings());
    }

    private static Report.Setup setup() {
        Report.Machine machine = new Report.Machine("AMD EPYC 7B13", 2, 8_334_737_408L, "Linux 6.8.0", "Eclipse Adoptium 17.0.15",
                null, "not pinned: --cores 2, all the machine's 2 CPUs");
        Report.JvmFlags flags = new Report.JvmFlags(List.of("-Dfile.encoding=UTF-8", "-Dstreamcompare.home=<home>"), Map.of(
                "flink", List.of("-Dfile.encoding=UTF-8", "-Xmx2g", "-Xms2g", "-Djava.io.tmpdir=<work>/tmp"),
                "spark", List.of("-Dfile.encoding=UTF-8", "-Xmx2g", "-Xms2g", "-Djava.io.tmpdir=<work>/tmp",
                        "-XX:+IgnoreUnrecognizedVMOptions", "--add-opens=java.base/java.lang=ALL-UNNAMED")));
        Report.Input input = new Report.Input(new Report.Input.Text("Ulysses.txt", 4, "29c3ae22f1d0b7e9a5c4d8e6f3b2a1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4",
                6_351_864, 130_400, 1_071_924, 30_121, 4), new Report.Input.FixedRate(10_000, 20, 50), 4,
                ExpectationCheck.passed("data/Ulysses.counts.tsv", "the input equals the oracle × 4"));
        return new Report.Setup(machine, new Report.Load(0.35, 1.9, 2.4), Map.of("streamcompare", "0.1.0-SNAPSHOT"),
                "3f1c2d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d", Map.of("flink", Map.of("parallelism", 2), "spark", Map.of("master", "local[2]")),
                flags, input, Map.of("howMeasured", "- **throughput**: words of the max-rate phase / its time (trimmed)."));
    }

    private static Report.Findings findings() {
        List<RunResult> runs = List.of(
                run(BATCH_FLINK, 1, true, 965_000, null, null, null, 37.5, 1750),
                run(SOCKET_FLINK, 1, true, 2_310_000, 2100.0, 2900.0, 620L, 41.0, 900),
                run(SOCKET_FLINK, 2, true, 2_050_000, 2180.0, 3050.0, 650L, 43.2, 930),
                run(SOCKET_SPARK, 1, true, 1_200_000, 2450.0, 3900.0, 2300L, 55.0, 1400));
        List<ReferenceMeasurement> reference = List.of(
                new ReferenceMeasurement("before the first run", "2026-12-03T05:00:10Z", 8_900_000.0, 0.4, 1.5, "logs/reference-1.log"),
                new ReferenceMeasurement("after round 1", "2026-12-03T05:03:10Z", 9_100_000.0, 1.8, 1.5, "logs/reference-2.log"));
        SustainableResult sustainable = new SustainableResult(SOCKET_FLINK, 40_000, 440_000.0, 3100.0, 20,
                List.of(new SustainableProbe(40_000, true, 3100.0, 3300.0, null), new SustainableProbe(80_000, false, null, null, "fell behind")),
                80_000, false);
        return new Report.Findings(runs, List.of(sustainable), List.of(), List.of(), 9_000_000.0, reference, List.of(), null);
    }

    /** A run; a streaming one when it has a latency, the batch job's without. */
    static RunResult run(Identity identity, int number, boolean correct, double wordsPerSecond, Double p50, Double p99,
                         Long startupMs, double cpuSeconds, long peakRssMiB) {
        boolean streaming = p50 != null;
        Throughput throughput = streaming
                ? new Throughput(wordsPerSecond, 1.2, Throughput.Method.STEADY_SLOPE, new RunResult.Phase(1_071_924, 1_071_924 / wordsPerSecond, 6))
                : new Throughput(wordsPerSecond, new RunResult.Phase(1_071_924, 1_071_924 / wordsPerSecond, 0));
        Latency latency = streaming ? new Latency(new Stats.Percentiles(p50, p50 + 300, p99, p99 + 100, 400),
                new Stats.Percentiles(p50 - 1000, p50 - 900, p99 - 1000, p99 - 900, 400), 400, 400, 10, null) : Latency.NONE;
        Verdict verdict = new Verdict(correct, null, 0, 1_071_924, correct ? 1_071_924 : 1_071_900,
                correct ? RunResult.Differences.NONE : new RunResult.Differences(0, 0, 1, List.of("the: 13600 expected, 13576 counted")));
        String name = identity.job() + "-" + identity.engine() + "-" + number;
        return new RunResult(identity, number, verdict, throughput, latency, new Resources(startupMs, cpuSeconds, peakRssMiB * MIB),
                new RunResult.Alongside(0.4, null), "logs/" + name + ".log", null,
                Conditions.of("2026-12-03T05:0" + number + ":00Z", "2026-12-03T05:0" + number + ":40Z", 0.5, 1.2, null,
                        identity.engine().equals("spark") ? "local[2]: receiver 1, batches 1"
                                : "parallelism 2, 2 task slots" + (streaming ? "; source and sink 1 each" : "")));
    }
}
