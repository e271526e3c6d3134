package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.SoakVerdict;
import dev.streamcompare.harness.report.SteadySlope;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.report.Throughput;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tables of what was measured beside the summary: a row per result. */
final class FindingTables {

    private FindingTables() {}

    private static <T> Table table(List<String> headings, List<T> results, Function<T, List<String>> cells) {
        return new Table(headings, results.stream().map(cells).toList());
    }

    static Table sustainable(List<SustainableResult> results) {
        return table(List.of("job", "engine", "lines/s", "words/s", "latency p99 at that rate, ms", "fell behind at, lines/s",
                        "probes (lines/s: kept up?)"),
                results, r -> List.of(r.identity().job(), r.identity().engine(), sustainedRate(r),
                        r.wordsPerSecond() == null ? NONE : (Boolean.TRUE.equals(r.probeLimitReached()) ? "≥ " : "")
                                + Format.words(r.wordsPerSecond()), Format.whole(r.latencyP99Ms()),
                        r.fellBehindAtLinesPerSecond() == null ? NONE : Format.count(r.fellBehindAtLinesPerSecond()),
                        r.probes().stream().map(p -> Format.count(p.linesPerSecond()) + ": " + (p.sustained() ? "yes" : "no") + ";")
                                .collect(Collectors.joining(" "))));
    }

    /** The highest rate kept up with; "≥" when the probe limit stopped the search, so that the ceiling is higher. */
    private static String sustainedRate(SustainableResult r) {
        if (r.linesPerSecond() == null) {
            return Boolean.TRUE.equals(r.probeLimitReached()) ? "none found within the probe limit" : "none found";
        }
        return (Boolean.TRUE.equals(r.probeLimitReached()) ? "≥ " : "") + Format.count(r.linesPerSecond());
    }

    static Table faults(List<FaultResult> results) {
        return table(List.of("fault", "job", "engine", "pass", "words expected", "counted", "lost", "may lose at most",
                "counted twice", "since checkpoint at kill, ms", "kill → first batch again, ms",
                "pieces to come: at kill → at first batch again", "checkpoint size", "outcome", "failure"),
                results, FindingTables::fault);
    }

    private static List<String> fault(FaultResult r) {
        FaultResult.Counts counts = r.counts();
        FaultResult.Recovery recovery = r.recovery();
        return List.of(r.fault(), r.identity().job(), r.identity().engine(), status(r.status()),
                Format.count(counts.wordsExpected()), Format.count(counts.wordsCounted()), Format.count(counts.lost()),
                !r.ran() ? NONE : r.expectExact() ? "0" : counts.lossBound() == null ? NONE : Format.count(counts.lossBound()),
                Format.count(counts.doubled()), Format.joined(recovery.killedAfterCheckpointMillis()),
                Format.joined(recovery.recoveryMillis()), toCome(recovery), recovery.checkpointBytes() == null ? NONE
                        : String.format(Locale.ROOT, "%.1f MiB", recovery.checkpointBytes() / 1048576.0),
                r.finding() == null ? r.outcome() : r.outcome() + (r.outcome().isEmpty() ? "" : "; ") + "finding: " + r.finding(),
                Stream.concat(Stream.ofNullable(r.failure()), r.problems().stream()).collect(Collectors.joining("; ")));
    }

    private static String status(FaultResult.Status status) {
        return switch (status) {
            case PASS -> "yes";
            case FAIL -> "**no**";
            case FINDING -> "finding";
            case NOT_RUN -> NONE;
        };
    }

    /** Per kill, {@code 42 → 36}, then {@code of 48}; or {@code –}. */
    private static String toCome(FaultResult.Recovery recovery) {
        if (recovery.kills().isEmpty()) {
            return NONE;
        }
        return recovery.kills().stream().map(k -> k.toComeAtKill() + " → " + k.toComeAtFirstBatch()).collect(Collectors.joining(", "))
                + (recovery.pieces() == null ? "" : " of " + recovery.pieces());
    }

    static Table soak(List<SoakResult> results) {
        return table(List.of("job", "engine", "minutes", "lines/s", "correct", "steady from, s", "RSS at steady, MiB",
                "RSS at end, MiB", "growth", "latency p99 since, ms", "pass", "why not"), results, r -> {
                    SoakVerdict v = r.verdict();
                    return List.of(r.identity().job(), r.identity().engine(), String.valueOf(r.minutes()),
                            Format.count(r.linesPerSecond()), Format.yesOrBoldNo(r.run().correct()), Format.ms(v.steadyFromSeconds()),
                            Format.ms(v.rssAtSteadyMiB()), Format.ms(v.rssAtEndMiB()),
                            String.format(Locale.ROOT, "%+.1f %%", v.rssGrowthPercent()), Format.whole(v.latencyP99Ms()),
                            Format.yesOrBoldNo(v.passed()), v.reason());
                });
    }

    static Table scaling(List<ScalingPoint> points) {
        return table(List.of("job", "engine", "cores", "input", "words", "correct", "words/s", "CPU-s per M words"), points,
                p -> List.of(p.identity().job(), p.identity().engine(), String.valueOf(p.cores()), "seed × " + p.repeat(),
                        Format.count(p.words()), Format.yesOrBoldNo(p.correct()),
                        p.wordsPerSecond() == null ? NONE : Format.words(p.wordsPerSecond()),
                        p.cpuSecondsPerMillionWords() == null ? "not measured"
                                : String.format(Locale.ROOT, "%.2f", p.cpuSecondsPerMillionWords())));
    }

    /** Every run, in Markdown: its differences counted, then the first few; its log linked. */
    static Table runs(List<RunResult> runs) {
        return table(List.of("job", "engine", "run", "correct", "max rate", "failure", "differences", "× reference",
                "load average, start → end", "log"), runs, run -> {
            RunResult.Differences d = run.verdict().differences();
            return List.of(run.identity().job(), run.identity().engine(), String.valueOf(run.run()),
                    Format.yesOrBoldNo(run.correct()), maxRate(run.throughput()), run.failure() == null ? "" : run.failure(),
                    d.first().isEmpty() ? "" : String.format(Locale.ROOT, "%d missing, %d extra, %d different: %s", d.missing(),
                            d.extra(), d.different(), String.join("; ", d.first())), ReferenceSection.reference(run),
                    ReferenceSection.loadAverages(run), "[log](" + run.log() + ")");
        });
    }

    /**
     * A run's max-rate figure and how it was taken: {@code 6.41 M ±0.9 %, slope of 4 of 6 batches (7.98 s)},
     * {@code 3.20 M ±24 %, first byte → completing batch, 2 batches (9.12 s)}; nothing without a figure or a method.
     */
    static String maxRate(Throughput t) {
        RunResult.Phase phase = t.maxRatePhase();
        if (t.wordsPerSecond() == null || t.method() == null || phase == null) {
            return "";
        }
        String figure = Format.words(t.wordsPerSecond()) + " ±" + Format.percent(t.errorPercent()) + ", ";
        SteadySlope slope = phase.steadySlope();
        return figure + (slope != null
                ? String.format(Locale.ROOT, "slope of %d of %d batches (%.2f s, jitter %.0f ms)", slope.batches(), phase.batches(),
                        slope.seconds(), slope.jitterMs())
                : String.format(Locale.ROOT, "first byte → completing batch, %d batches (%.2f s)", phase.batches(), phase.seconds()));
    }
}
