package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.feed.Feed;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.Stats;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.run.MaxRateThroughput;
import dev.streamcompare.harness.run.ProcessTreeMonitor;
import java.util.Locale;

/** The report's "How each figure is measured", written when the figures are taken, with the settings they were taken with. */
final class HowMeasured {

    private HowMeasured() {}

    static final String HOW_MEASURED = """
            - **throughput**: streaming jobs: the words the job processed per second in the max-rate phase, as the \
            **steady slope** of its batch files: the words of the batches after the first two that hold the phase's \
            words, up to the one before the batch that completes its totals, over the time between the publishes that \
            bound them (the second batch's and that last one's), so that where the phase starts and ends inside a batch \
            interval drops out. Flink pushes back on its source: each of those batches holds the words processed in one \
            interval. Spark's receiver (and its file listing) takes the input faster than Spark processes it, and Spark \
            processes the batches back to back: from the second on, their publishes are spaced by processing time (the \
            first, partial one may have been done before the next batch's time, and is left out). Either way the slope \
            is words processed per second. Beside each figure, the bound of its error: (2 × the largest distance of a \
            publish time from the line fitted through the others + the %d ms poll) / the slope's time. With fewer than %d \
            batches in that steady part (a short input) the figure is words / (completing batch published − first \
            byte), off by up to a batch interval, and its bound is (batch interval + poll) / that time; a bound above \
            %.0f %% is marked †. The clock stops at the batch that brings the totals to exactly the words sent; a batch \
            that goes past them fails the run. The input is cut into pieces (a copy of the seed each, at least %d), \
            each starting with a sentinel word of its own, counted in the expected totals, so a piece read twice or \
            skipped shows. The socket jobs get the pieces as one stream, the file jobs a file per piece, the Kafka jobs a \
            record per line in a topic of the run's own (a partition per core; a broker never holds the producer back \
            for a slow job, so there the rate compared is the one the producer reached), offered at %s \
            words/s at most: faster than any job here takes them (a job that pushes back only slows the sender), yet \
            over several batch intervals, so that an engine that takes whatever has arrived in one batch (Spark's \
            receiver, its file listing) gets several to process back to back. A figure within %.0f %% of that rate is \
            marked ≥: the job may be faster; if the sender fell behind that pace by itself (its writes seldom \
            blocked by the job), the rate it reached is the one compared.%s Publish times are \
            seen by the harness, polling the output folder, never taken from file names or from the job. Batch job: \
            words / (child JVM exit − spawn), start-up included. Baseline (plain Java, no engine): words / (its \
            end-of-stream line − first byte). spark-structured socket and stateful: no max-rate phase, so no \
            throughput (–): Spark's socket source puts a whole backlog into one micro-batch, at a cost that grows with \
            the square of its lines (docs/semantics.md §9); those runs send the fixed-rate phase only, and are checked \
            on it.
            - **latency** (end to end, includes the batch interval): publish time of the batch file holding a marker \
            word − the marker's *scheduled* time. The fixed-rate phase's lines and markers (numbered words, counted in \
            the expected totals) are on a timetable fixed before it starts; the sender never sends early and, when \
            behind (a socket pushing back, the harness descheduled), sends what is due at once without shifting the \
            timetable, so a delay counts in the latency instead of hiding from it. **sender behind schedule**: how late \
            the sender came to each line, and delivered each marker; p99 and max. File jobs: a file every %d ms holds \
            what fell due since the one before, whatever the marker interval, so a marker's latency includes its \
            0–%d ms wait for its file. Kafka jobs: each record is stamped with its time on the timetable, and a marker \
            counts as delivered when the broker has acknowledged it. **processing delay** (excludes the batch interval): publish time − that batch's \
            end. Per run: the markers found (samples) and the distinct batches they fell in; percentiles by nearest \
            rank, no p99 from fewer than %d samples (n/a). Markers in one batch share its publish time: the tail rests \
            on the batches more than on the markers.
            - **start-up**: child JVM spawned → job ready (socket connected; file and Kafka jobs: first batch published, \
            of a one-word probe).
            - **CPU**: user + system seconds of the child's whole process tree (grandchildren included), \
            **peak RSS**: the peak of the sampled sum of RSS over the tree; both from Linux's /proc, sampled every %d ms, \
            over the whole run (start-up to stop) and over the max-rate phase alone (a sample at its first byte, one \
            when its last words were published): CPU-seconds per million of its words, and its peak RSS.
            - **× reference rate**: a run's throughput over the reference rate measured nearest to it in time (the \
            middle of the run): the reference counter, one thread, the input in memory (its first 3 M lines at most), third pass, in a child JVM with \
            the jobs' heap and CPUs, measured before the first run and after each round (one run of a job on every engine \
            and variant); a row's ratio is the median of its correct runs'. The machine's 1-minute load average \
            (/proc/loadavg) is recorded at each measurement and at each run's start and end. **harness CPU**: the \
            harness's own CPU (feeding the job, watching its output) while the run lasted.
            - **correct**: the job's totals (stateless: the sum of its batch files; stateful: its last state file; \
            batch: every word it wrote with `--output`, and its printed top %d in order) equal the plain-Java reference counter's; \
            "expected counts", under the input, says whether those were checked against Python's before any job ran.
            - **state** (stateful jobs): the backend is the engine's default unless `--state` named one (the label's \
            suffix). **checkpoint folder**: every byte in the job's checkpoint folder when the run ended, read by the \
            harness: the checkpoints the engine retains (Flink: the newest, with the shared files it references; \
            Structured Streaming: its offset and commit logs and the state versions it keeps; DStreams: its newest \
            checkpoint files and state RDDs) and whatever it had not yet removed when it stopped. **checkpoints**: \
            those the engine reported completing, with its own durations: Flink's "Completed checkpoint" log line \
            (trigger to completion), the Structured Streaming jobs' line per micro-batch with Spark's state commit time; \
            DStreams reports none (–), nor does Flink on a cluster (the line is in the JobManager's log, which the \
            harness does not read).
            - With several runs: medians, with min–max for throughput. Figures come from correct runs only.
            """;

    /** How each figure is measured; {@code warmUp}: copies of the seed sent before each max-rate phase (0: none). */
    static String text(int batchTop, int warmUp) {
        String warm = warmUp == 0 ? " No warm-up: each max-rate phase starts on a cold JVM (`--warm-up`)."
                : " Before the max-rate phase, a warm-up (the seed text × " + warmUp + ", pieces with sentinels of their own, "
                + "`--warm-up`) is sent and counted but not timed, so that a job is measured warm, as the reference rate is; the batch job, the baseline, the peer and the "
                + "runs without a max-rate phase get none.";
        return String.format(Locale.ROOT, HOW_MEASURED, BatchWatcher.POLL_MILLIS, MaxRateThroughput.MIN_STEADY_BATCHES,
                Throughput.ERROR_TARGET_PERCENT, Workload.MIN_PIECES, Feed.MAX_RATE_WORDS_PER_SECOND / 1_000_000 + " M",
                100 * (1 - Throughput.FEED_BOUND_SHARE), warm, FileFeed.FILE_EVERY_MILLIS, FileFeed.FILE_EVERY_MILLIS,
                Stats.MIN_SAMPLES_FOR_P99, ProcessTreeMonitor.INTERVAL_MILLIS, batchTop);
    }
}
