package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.harness.feed.LineProducer;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.CheckpointFolder;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** The waits of the fault runs, each bounded and given up when the job dies, and the count of what was lost and doubled. */
final class FaultWaits {

    /** For {@link #awaitWritten}: every line. */
    static final int ALL = Integer.MAX_VALUE;

    private FaultWaits() {}

    /** Waits for a checkpoint completed after {@code millis}; returns when it completed. */
    static long awaitCheckpointAfter(Path checkpoint, long millis, RunningJob job) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (true) {
            long newest = CheckpointFolder.newestMillis(checkpoint);
            if (newest > millis) {
                return newest;
            }
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") before its next checkpoint; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("no checkpoint within " + job.timeout().toSeconds() + " s");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    /**
     * Waits until the job has counted every expected word, or its totals have not changed for
     * {@code quiet} (words lost: the verdict tells); fails with why if the job exits first or
     * its totals are still changing at its timeout.
     */
    static void awaitSettled(BatchWatcher watcher, Map<String, Long> expected, RunningJob job, Duration quiet)
            throws InterruptedException, TimeoutException {
        long words = expected.values().stream().mapToLong(Long::longValue).sum();
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        long last = -1;
        long changed = System.currentTimeMillis();
        while (true) {
            long now = watcher.totalWords();
            if (now >= words) {
                return;
            }
            if (now != last) {
                last = now;
                changed = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - changed > quiet.toMillis()) {
                return;
            }
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") with " + now + " of " + words
                        + " words counted, before its counts settled; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the counts were still changing " + job.timeout().toSeconds() + " s after the input ended: "
                        + now + " of " + words + " words");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    /**
     * Waits until {@code producer} has written {@code lines} lines (all of them: every line and
     * done), given up if it fails, if the job dies, or at the job's timeout.
     */
    static void awaitWritten(LineProducer producer, int lines, RunningJob job) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (lines == ALL ? !producer.done().isDone() : producer.sent() < lines) {
            if (producer.done().isCompletedExceptionally()) {
                throw new TimeoutException("the producer failed: " + producer.done().handle((v, e) -> e).join());
            }
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") with " + producer.sent() + " lines written; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the producer had written " + producer.sent() + " lines after " + job.timeout().toSeconds()
                        + " s, waiting for " + (lines == ALL ? "all" : lines));
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
        if (producer.done().isCompletedExceptionally()) {
            throw new TimeoutException("the producer failed: " + producer.done().handle((v, e) -> e).join());
        }
    }

    /**
     * Waits until a batch file is written in {@code out} at {@code sinceMillis} or later, the job
     * alive: a new batch, or one written again under its old name (a batch that was planned but
     * not committed before a kill runs again with the same name in Spark, Structured Streaming
     * included, and may be the only one when the input has all arrived).
     */
    static void awaitPublishedSince(Path out, long sinceMillis, RunningJob job) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (newestBatchFileMillis(out) < sinceMillis) {
            if (!job.isAlive()) {
                throw new TimeoutException("the restarted job exited (" + job.exitCode() + "); see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the restarted job published nothing within " + job.timeout().toSeconds() + " s");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    /**
     * Waits until the job publishes, at {@code sinceMillis} or later, a batch that ends no earlier
     * than a batch interval before it: it is not behind. A restarted job may first publish batches
     * of the time it was down, one after the other.
     */
    static void awaitCaughtUp(Path out, long sinceMillis, long batchMillis, RunningJob job) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (newestBatchFileMillis(out) < sinceMillis || newestBatchEnd(out) < sinceMillis - batchMillis) {
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") before it caught up; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the job had not caught up " + job.timeout().toSeconds() + " s after its counts settled: "
                        + "its newest batch ended " + (sinceMillis - newestBatchEnd(out)) + " ms before they did");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    private static long newestBatchEnd(Path out) {
        try {
            return BatchFiles.newestFile(out).map(BatchFiles::batchEnd).orElse(0L);
        } catch (UncheckedIOException e) {
            return 0; // a file replaced while listing: look again
        }
    }

    /** When the newest batch file in {@code out} was written (its modification time), or 0. */
    static long newestBatchFileMillis(Path out) {
        try (var files = Files.list(out)) {
            return files.filter(BatchFiles::isBatchFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0L);
        } catch (IOException | UncheckedIOException e) {
            return 0; // not there yet, or a file replaced while listing: look again
        }
    }

    /**
     * Stops the job (SIGTERM, a kill after the grace period); why that fails the run, or null: a
     * job that had already ended on its own, a non-zero exit, a job that had to be killed.
     */
    static String stop(RunningJob job) throws InterruptedException {
        if (!job.isAlive()) {
            return endedOnItsOwn(job);
        }
        return job.end().failure();
    }

    /** What to say of a job that ended before it was asked to. */
    static String endedOnItsOwn(RunningJob job) throws InterruptedException {
        return "the job ended on its own, exit " + job.exitCode() + ", before it was asked to stop (see its log)";
    }

    /** The fault run's result, its counts as {@link #counts} has them, without a bound or a finding. */
    static FaultResult result(String fault, Identity identity, boolean expectExact, Map<String, Long> expected, Map<String, Long> counted,
                              FaultResult.Recovery recovery, String outcome, String failure, List<String> logs) {
        return new FaultResult(fault, identity, expectExact, counts(expected, counted), recovery, outcome.replaceFirst("^; ", ""), failure,
                logs, null);
    }

    /**
     * Word occurrences lost (expected, not counted) and doubled (counted more often than
     * expected, or not expected at all), summed over words.
     */
    static FaultResult.Counts counts(Map<String, Long> expected, Map<String, Long> counted) {
        long lost = 0;
        long doubled = 0;
        for (Map.Entry<String, Long> entry : expected.entrySet()) {
            long got = counted.getOrDefault(entry.getKey(), 0L);
            lost += Math.max(0, entry.getValue() - got);
            doubled += Math.max(0, got - entry.getValue());
        }
        for (Map.Entry<String, Long> entry : counted.entrySet()) {
            if (!expected.containsKey(entry.getKey())) {
                doubled += entry.getValue();
            }
        }
        return FaultResult.Counts.of(expected.values().stream().mapToLong(Long::longValue).sum(),
                counted.values().stream().mapToLong(Long::longValue).sum(), lost, doubled);
    }
}
