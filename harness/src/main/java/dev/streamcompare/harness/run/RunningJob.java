package dev.streamcompare.harness.run;

import dev.streamcompare.harness.output.BatchWatcher;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A job's child JVM while a run waits on it: every wait is bounded and given up as soon as the
 * child dies, and the stop is a SIGTERM, then a kill after the grace period.
 */
public final class RunningJob implements AutoCloseable {

    /** How long the harness looks for the last batch files of a child that has died: ten polls of the output folder. */
    static final Duration LAST_LOOK = Duration.ofMillis(10 * BatchWatcher.POLL_MILLIS);

    private final MonitoredChild child;
    private final Duration timeout;
    private final Duration stopGrace;

    RunningJob(MonitoredChild child, Duration timeout, Duration stopGrace) {
        this.child = child;
        this.timeout = timeout;
        this.stopGrace = stopGrace;
    }

    /** The child, for its figures (CPU, RSS, log). */
    public MonitoredChild child() {
        return child;
    }

    /** When the child was spawned, epoch ms. */
    public long spawnedMillis() {
        return child.spawnedMillis;
    }

    public boolean isAlive() {
        return child.jvm.isAlive();
    }

    /** Its exit code, waiting for it (call only once it is known to have ended). */
    public int exitCode() throws InterruptedException {
        return child.jvm.waitFor();
    }

    /** Waits at most {@code bound} for the child to end by itself. */
    public OptionalInt waitFor(Duration bound) throws InterruptedException {
        return child.jvm.waitFor(bound);
    }

    /** A wait done in another thread. */
    public interface Wait<T> {
        T call() throws Exception;
    }

    /** Runs {@code wait} (a feed's readiness, say), given up as soon as the child dies. */
    public <T> T whileAlive(Wait<T> wait) throws IOException, InterruptedException, TimeoutException {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return wait.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        while (true) {
            try {
                return result.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                if (!isAlive()) {
                    result.cancel(true);
                    throw new TimeoutException("the job exited (" + exitCode() + ") before it was ready; see its log");
                }
            } catch (ExecutionException e) {
                throw rethrown(e.getCause());
            }
        }
    }

    private static IOException rethrown(Throwable cause) throws TimeoutException {
        if (cause instanceof TimeoutException timeout) {
            throw timeout;
        }
        return cause instanceof IOException io ? io : new IOException(cause);
    }

    /**
     * Waits for the job's totals to reach {@code words}, reporting progress to {@code events} as
     * {@code phase}; fails at once if the child dies short of them (after a last look for its last
     * files), or after {@code bound}, saying which. Returns when they did.
     */
    public long awaitWords(BatchWatcher watcher, long words, RunEvents events, String phase, Duration bound)
            throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + bound.toMillis();
        while (true) {
            if (!isAlive()) {
                try {
                    return watcher.awaitWords(words, LAST_LOOK);
                } catch (TimeoutException shortOfThem) {
                    throw new TimeoutException(phase + " phase: the job ended by itself (exit " + exitCode() + ") after publishing "
                            + watcher.totalWords() + " of " + words + " words; see its log");
                }
            }
            try {
                return watcher.awaitWords(words, Duration.ofMillis(Math.min(500, Math.max(1, deadline - System.currentTimeMillis()))));
            } catch (TimeoutException e) {
                if (System.currentTimeMillis() >= deadline) {
                    throw new TimeoutException(phase + " phase: " + e.getMessage().replace("after 0 s", "after "
                            + bound.toSeconds() + " s"));
                }
                events.phase(phase, watcher.totalWords(), words);
            }
        }
    }

    /** The bound of every wait of this run. */
    public Duration timeout() {
        return timeout;
    }

    /** Asks the child to stop (SIGTERM), kills it after the grace period; its exit code, or null if killed. */
    public Integer stop() throws InterruptedException {
        return child.stop(stopGrace);
    }

    /** Kills the child at once (SIGKILL): the fault runs' crash. */
    public void kill() throws InterruptedException {
        child.jvm.kill();
    }

    /**
     * Ends the child once its run is over: notes whether it had ended by itself, else asks it to
     * stop (SIGTERM) and kills it after the grace period. {@link JobEnd#failure()} says whether that
     * fails the run.
     */
    public JobEnd end() throws InterruptedException {
        if (!isAlive()) {
            return JobEnd.byItself(exitCode());
        }
        Integer exitCode = child.stop(stopGrace);
        return exitCode == null ? JobEnd.killed(stopGrace) : JobEnd.onSigterm(exitCode, stopGrace);
    }

    @Override
    public void close() {
        child.close();
    }
}
