package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Stats;
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
            word − the marker's *scheduled* time. The fixed-rate phase's lines and markers (numbered words, counted in \
            the expected totals) are on a timetable fixed before it starts; the sender never sends early and, when \
            behind (a socket pushing back, the harness descheduled), sends what is due at once without shifting the \
            timetable, so a delay counts in the latency instead of hiding from it. **sender behind schedule**: how late \
            the sender came to each line, and delivered each marker; p99 and max. File jobs: a file every %d ms holds \
            what fell due since the one before, whatever the marker interval, so a marker's latency includes its \
            0–%d ms wait for its file. **processing delay** (excludes the batch interval): publish time − that batch's \
            end. Per run: the markers found (samples) and the distinct batches they fell in; percentiles by nearest \
            rank, no p99 from fewer than %d samples (n/a). Markers in one batch share its publish time: the tail rests \
            on the batches more than on the markers.
            - **start-up**: child JVM spawned → job ready (socket connected; file job: first batch published).
            - **CPU**: user + system seconds of the child's whole process tree (grandchildren included), \
            **peak RSS**: the peak of the sampled sum of RSS over the tree; both from Linux's /proc, sampled every %d ms.
            - **× reference rate**: a run's throughput over the reference rate measured nearest to it in time (the \
            middle of the run): the reference counter, one thread, the input in memory, third pass, in a child JVM with \
            the jobs' heap and CPUs, measured before the first run and after each round (one run of a job on every engine \
            and variant); a row's ratio is the median of its correct runs'. The machine's 1-minute load average \
            (/proc/loadavg) is recorded at each measurement and at each run's start and end. **harness CPU**: the \
            harness's own CPU (feeding the job, watching its output) while the run lasted.
            - **correct**: the job's totals (stateless: the sum of its batch files; stateful: its last state file; \
            batch: its top %d) equal the plain-Java reference counter's.
            - With several runs: medians, with min–max for throughput. Figures come from correct runs only.
            """;

    /** How each figure is measured; {@code warmUp}: copies of the seed sent before each max-rate phase (0: none). */
    static String text(int batchTop, int warmUp) {
        String warm = warmUp == 0 ? " No warm-up: each max-rate phase starts on a cold JVM (`--warm-up`)."
                : " Before it, a warm-up (the seed text × " + warmUp + ", `--warm-up`) is sent and counted but not timed, so "
                + "that a job is measured warm, as the reference rate is; the batch job, the baseline, the peer and the "
                + "runs without a max-rate phase get none.";
        return String.format(Locale.ROOT, HOW_MEASURED, warm, BatchWatcher.POLL_MILLIS, FileFeed.FILE_EVERY_MILLIS,
                FileFeed.FILE_EVERY_MILLIS, Stats.MIN_SAMPLES_FOR_P99, ProcessTreeMonitor.INTERVAL_MILLIS, batchTop);
    }
}
