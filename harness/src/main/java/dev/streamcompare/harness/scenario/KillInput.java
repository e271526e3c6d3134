package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The input side of a kill-and-recover run ({@link KillAndRecover}): files moved into a watched
 * folder ({@link FileKillInput}), or lines written to a socket ({@link SocketKillInput}); where
 * each kill falls in it, what was still to come, and what the counts must be.
 */
interface KillInput extends AutoCloseable {

    /** {@code common} with this input's options. */
    JobArgs args(JobArgs common);

    /** Starts the input once the first job has started (waiting for it to be ready if this input needs to). */
    void begin(RunningJob job) throws IOException, InterruptedException, TimeoutException;

    /** Waits until the input has reached the point of kill {@code kill} (from 0). */
    void awaitKillPoint(int kill, RunningJob job) throws InterruptedException, TimeoutException;

    /** Pieces not yet (wholly) arrived. */
    int toCome();

    /** Kill {@code kill} follows at once. */
    void killing(int kill);

    /** The job restarted after kill {@code kill} has published for the first time. */
    void published(int kill);

    /** Waits until the whole input has been sent. */
    void awaitAllSent(RunningJob job) throws InterruptedException, TimeoutException;

    /** The expected counts of everything sent (probes included). */
    Map<String, Long> expected();

    /** Pieces the input comes in. */
    int pieces();

    /** Kill {@code kill} (from 0) with what this input knows of it, once the run is over. */
    FaultResult.Kill kill(int kill, int toComeAtKill, int toComeAtFirstBatch);

    /** {@code counts} with this input's mark: the bound on what may be lost, the pieces lost. */
    FaultResult.Counts judged(FaultResult.Counts counts, Map<String, Long> counted);

    /** What the input saw, in words. */
    String outcome();

    @Override
    void close() throws IOException;
}
