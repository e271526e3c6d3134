package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.CheckpointWatch;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * File input of a kill-and-recover run: {@link #PIECES} files moved into the watched folder at
 * {@link #FILES_PER_SECOND}, each emptied once only the checkpoint needs it ({@link FaultFiles}).
 * The first kill waits for a file to have been emptied; the next ones for a few files more. After
 * each kill a few more files arrive while the job is down, then the rest waits until the restarted
 * job has published: every kill falls while input arrives, and the restarted job reads new files.
 * After the last restart the rest arrives at once. There are files enough for a minute at that
 * pace: a job whose checkpoints stall after a restart (Spark DStreams') holds the kill back.
 */
final class FileKillInput implements KillInput {

    static final int PIECES = 120;
    static final double FILES_PER_SECOND = 2;
    /** Files moved in before the first kill (and one of them emptied). */
    private static final int FIRST_KILL_AFTER = 10;
    /** Files moved in before each next kill, after the restarted job published. */
    private static final int NEXT_KILL_AFTER = 4;
    /** Files moved in after a kill, while the job is down, before the rest waits for the restarted job. */
    private static final int WHILE_DOWN = 4;

    private final Path in;
    private final BatchWatcher watcher;
    private final FaultInput input;
    private final FaultFiles files;
    private final Map<String, Long> expected;
    private final List<Integer> emptiedAtKill = new ArrayList<>();
    private int movedInAtRestart;

    FileKillInput(Path work, List<String> text, BatchWatcher watcher, CheckpointWatch checkpoints, long batchMillis) throws IOException {
        this.in = work.resolve("in");
        this.watcher = watcher;
        this.input = FaultInput.of("fault-kill-file", text, PIECES);
        this.files = FaultFiles.stage(in, input, FILES_PER_SECOND, watcher, checkpoints, batchMillis);
        this.expected = new HashMap<>(input.expected());
    }

    @Override
    public JobArgs args(JobArgs common) {
        return common.inputDir(in);
    }

    /** Readiness first (a probe file's batch published), then the files. */
    @Override
    public void begin(RunningJob job) throws IOException, InterruptedException, TimeoutException {
        FileFeed probe = new FileFeed(in, watcher, 1);
        job.whileAlive(() -> probe.awaitReady(job.timeout()));
        expected.merge(FileFeed.PROBE, 1L, Long::sum);
        files.start();
    }

    @Override
    public void awaitKillPoint(int kill, RunningJob job) throws InterruptedException, TimeoutException {
        if (kill == 0) {
            files.await(FIRST_KILL_AFTER, 1, job);
        } else {
            files.await(movedInAtRestart + NEXT_KILL_AFTER, 0, job);
        }
    }

    @Override
    public int toCome() {
        return files.toCome();
    }

    @Override
    public void killing(int kill) {
        files.killing();
        files.holdAfter(WHILE_DOWN);
        emptiedAtKill.add(files.emptied());
    }

    @Override
    public void published(int kill) {
        files.restarted();
        movedInAtRestart = files.movedIn();
        files.release(kill == KillAndRecover.SPELLS - 2);
    }

    @Override
    public void awaitAllSent(RunningJob job) throws InterruptedException, TimeoutException {
        files.await(PIECES, 0, job);
    }

    @Override
    public Map<String, Long> expected() {
        return expected;
    }

    @Override
    public int pieces() {
        return PIECES;
    }

    @Override
    public FaultResult.Kill kill(int kill, int toComeAtKill, int toComeAtFirstBatch) {
        return new FaultResult.Kill(toComeAtKill, toComeAtFirstBatch, null, emptiedAtKill.get(kill));
    }

    /** Exact counts are the mark: every piece lost is beyond it. */
    @Override
    public FaultResult.Counts judged(FaultResult.Counts counts, Map<String, Long> counted) {
        return counts.withPiecesLost(input.missing(counted).size());
    }

    @Override
    public String outcome() {
        return files.emptied() + " of " + PIECES + " files emptied once counted and checkpointed";
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
