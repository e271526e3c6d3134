package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BatchFiles;
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
     * {@code quiet} (words lost), or the timeout.
     */
    static void awaitSettled(BatchWatcher watcher, Map<String, Long> expected, RunningJob job, Duration quiet)
            throws InterruptedException {
        long words = expected.values().stream().mapToLong(Long::longValue).sum();
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        long last = -1;
        long changed = System.currentTimeMillis();
        while (job.isAlive() && System.currentTimeMillis() < deadline) {
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
            Thread.sleep(BatchWatcher.POLL_MILLIS);
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

    private static long newestBatchFileMillis(Path out) {
        try (var files = Files.list(out)) {
            return files.filter(BatchFiles::isBatchFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0L);
        } catch (IOException | UncheckedIOException e) {
            return 0; // not there yet, or a file replaced while listing: look again
        }
    }

    /** What the outcome says of a job still stopping when the grace period ended (a slow graceful stop). */
    static String stopNote(Integer exit) {
        return exit == null ? "; still stopping " + dev.streamcompare.harness.run.ChildJvm.STOP_GRACE.toSeconds()
                + " s after SIGTERM: killed" : "";
    }

    /** A non-zero exit after SIGTERM is a failure of the run; a kill after the grace period is not. */
    static String stopFailure(Integer exit) {
        return exit != null && exit != 0 ? "exited with " + exit + " after SIGTERM" : null;
    }

    /**
     * The fault run's result: word occurrences lost (expected, not counted) and doubled (counted
     * more often than expected, or not expected at all), summed over words.
     */
    static FaultResult result(String fault, Identity identity, boolean expectExact, Map<String, Long> expected, Map<String, Long> counted,
                              FaultResult.Recovery recovery, String outcome, String failure, List<String> logs) {
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
        return new FaultResult(fault, identity, expectExact, new FaultResult.Counts(expected.values().stream().mapToLong(Long::longValue)
                .sum(), counted.values().stream().mapToLong(Long::longValue).sum(), lost, doubled), recovery,
                outcome.replaceFirst("^; ", ""), failure, logs);
    }
}
