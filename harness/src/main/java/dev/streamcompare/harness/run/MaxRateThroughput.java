package dev.streamcompare.harness.run;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.BatchWatcher.Published;
import dev.streamcompare.harness.report.PhaseResources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.SteadySlope;
import dev.streamcompare.harness.report.Throughput;
import java.util.ArrayList;
import java.util.List;

/**
 * The max-rate figure from the publish log of the batch files, free of the batch grid. Where the
 * phase starts and ends inside a batch interval is set by the job's own timing (its processing
 * delay of the warm-up's last batch), so "words / (completing batch − first byte)" is off by up to
 * one interval, the same way run after run. The steady slope leaves out both ends: the words of
 * the batches after the first two that hold the phase's words, up to the one before the completing
 * batch, over the time between the publishes that bound them (the second batch's and the last
 * one's). Not from the first: an engine that processes batches back to back (Spark) may have
 * finished the phase's first, partial batch before the next one's batch time, and waited for it;
 * from the second on each batch is either a full interval of processing (Flink, which pushes back
 * on its source) or queued behind the one before (Spark, whose receiver or file listing takes the
 * input faster than it is processed). Its error: how far the publishes stray from a steady rate
 * ({@link SteadySlope#jitterMs}, twice: one at each end) plus the watcher's poll, over that time.
 * With fewer than {@link #MIN_STEADY_BATCHES} steady batches the jitter cannot be measured, and the
 * figure falls back to first byte → completing batch, with the grid's bound: one batch interval and
 * a poll over that time.
 */
public final class MaxRateThroughput {

    /** Fewest batches in the steady part: with fewer (three publishes bound two), the jitter cannot be measured. */
    public static final int MIN_STEADY_BATCHES = 2;

    private MaxRateThroughput() {}

    /**
     * The figure of a phase of {@code words} sent from {@code firstByteMillis} on, the job's totals
     * holding {@code wordsBefore} before it, its batches {@code batchMillis} long.
     *
     * @param log       the batch files seen since the phase started, in the order seen; the last one
     *                  needed holds exactly {@code wordsBefore + words}
     * @param offeredWordsPerSecond the most words per second the input was offered at, or null
     * @param resources what the phase cost, or null
     */
    static Throughput of(List<Published> log, long wordsBefore, long words, long firstByteMillis, long batchMillis,
                         Double offeredWordsPerSecond, PhaseResources resources) {
        List<Published> batches = bringingWords(log, wordsBefore, wordsBefore + words);
        Published completing = batches.get(batches.size() - 1);
        double seconds = Math.max(1, completing.publishedMillis() - firstByteMillis) / 1000.0;
        SteadySlope slope = batches.size() < 2 ? null : steadySlope(batches.subList(1, batches.size() - 1));
        RunResult.Phase phase = new RunResult.Phase(words, seconds, batches.size(), offeredWordsPerSecond, slope, resources);
        if (slope == null) {
            return new Throughput(words / seconds, percent(batchMillis + BatchWatcher.POLL_MILLIS, seconds),
                    Throughput.Method.FIRST_BYTE_TO_COMPLETING_BATCH, phase);
        }
        return new Throughput(slope.words() / slope.seconds(), percent(2 * slope.jitterMs() + BatchWatcher.POLL_MILLIS, slope.seconds()),
                Throughput.Method.STEADY_SLOPE, phase);
    }

    /** The batch files that raised the totals past {@code from}, up to the one that brought them to {@code to}. */
    private static List<Published> bringingWords(List<Published> log, long from, long to) {
        List<Published> batches = new ArrayList<>();
        long total = from;
        for (Published batch : log) {
            if (batch.totalWords() > total) { // a stateful job republishes its state unchanged: no words of the phase
                batches.add(batch);
                total = batch.totalWords();
            }
            if (total >= to) {
                if (total > to) {
                    throw new IllegalArgumentException("the completing batch holds " + total + " words, not " + to);
                }
                return batches;
            }
        }
        throw new IllegalArgumentException("no batch completes the phase's " + to + " words; the last holds " + total);
    }

    /**
     * The slope from the first of {@code points} (the second batch holding the phase's words) to the
     * last (the one before the completing batch), or null with too few batches after the first.
     */
    private static SteadySlope steadySlope(List<Published> points) {
        int steadyBatches = points.size() - 1;
        if (steadyBatches < MIN_STEADY_BATCHES) {
            return null;
        }
        Published first = points.get(0);
        Published last = points.get(points.size() - 1);
        long millis = last.publishedMillis() - first.publishedMillis();
        if (millis <= 0) {
            return null;
        }
        return new SteadySlope(last.totalWords() - first.totalWords(), millis / 1000.0, steadyBatches, jitterMillis(points));
    }

    /**
     * The largest distance, in ms, of a publish time from the least-squares line of publish time
     * against words fitted through the other publishes (the deleted residual, {@code e / (1 − h)}):
     * with a few points the line fitted through all of them bends toward a late end point and hides
     * most of its delay, and the figure's two ends are exactly where a delay moves it.
     */
    private static double jitterMillis(List<Published> points) {
        double n = points.size();
        double meanWords = points.stream().mapToDouble(Published::totalWords).sum() / n;
        double meanMillis = points.stream().mapToDouble(Published::publishedMillis).sum() / n;
        double covariance = 0;
        double variance = 0;
        for (Published p : points) {
            covariance += (p.totalWords() - meanWords) * (p.publishedMillis() - meanMillis);
            variance += (p.totalWords() - meanWords) * (p.totalWords() - meanWords);
        }
        double millisPerWord = covariance / variance;
        double largest = 0;
        for (Published p : points) {
            double fitted = meanMillis + millisPerWord * (p.totalWords() - meanWords);
            double leverage = 1 / n + (p.totalWords() - meanWords) * (p.totalWords() - meanWords) / variance;
            largest = Math.max(largest, Math.abs(p.publishedMillis() - fitted) / (1 - leverage));
        }
        return largest;
    }

    private static double percent(double millis, double seconds) {
        return 100 * millis / (seconds * 1000);
    }
}
