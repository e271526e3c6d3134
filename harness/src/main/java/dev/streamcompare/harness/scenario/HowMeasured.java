package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.run.ProcessTreeMonitor;
import java.util.Locale;

/** The report's "How each figure is measured", written when the figures are taken, with the settings they were taken with. */
final class HowMeasured {

    private HowMeasured() {}

    static final String HOW_MEASURED = """
            - **throughput**: streaming jobs: words of the max-rate phase / (publish time of the batch file that \
            completes the phase's totals − first byte offered).%s Publish times are seen by the harness, polling the \
            output folder every %d ms, never taken from file names or from the job. Batch job: words / (child JVM \
            exit − spawn), start-up included. Baseline (plain Java, no engine): words / (its end-of-stream line − first byte). \
            spark-structured socket and stateful: no max-rate phase, so no throughput (–): Spark's socket source puts \
            a whole backlog into one micro-batch, at a cost that grows with the square of its lines (docs/semantics.md §9); \
            those runs send the fixed-rate phase only, and are checked on it.
            - **latency** (end to end, includes the batch interval): publish time of the batch file holding a marker \
            word − the marker's send time. **processing delay** (excludes it): publish time − that batch's end. \
            Markers are numbered words sent every %d ms in the fixed-rate phase and counted in the expected totals.
            - **start-up**: child JVM spawned → job ready (socket connected; file job: first batch published).
            - **CPU**: user + system seconds of the child's whole process tree (grandchildren included), \
            **peak RSS**: the peak of the sampled sum of RSS over the tree; both from Linux's /proc, sampled every %d ms.
            - **correct**: the job's totals (stateless: the sum of its batch files; stateful: its last state file; \
            batch: every word it wrote with `--output`, and its printed top %d in order) equal the plain-Java reference counter's; \
            "expected counts", under the input, says whether those were checked against Python's before any job ran.
            - With several runs: medians, with min–max for throughput. Figures come from correct runs only.
            """;

    /** How each figure is measured; {@code warmUp}: copies of the seed sent before each max-rate phase (0: none). */
    static String text(int batchTop, int warmUp) {
        String warm = warmUp == 0 ? " No warm-up: each max-rate phase starts on a cold JVM (`--warm-up`)."
                : " Before it, a warm-up (the seed text × " + warmUp + ", `--warm-up`) is sent and counted but not timed, so "
                + "that a job is measured warm, as the reference rate is; the batch job, the baseline, the peer and the "
                + "runs without a max-rate phase get none.";
        return String.format(Locale.ROOT, HOW_MEASURED, warm, BatchWatcher.POLL_MILLIS, 250, ProcessTreeMonitor.INTERVAL_MILLIS, batchTop);
    }
}
