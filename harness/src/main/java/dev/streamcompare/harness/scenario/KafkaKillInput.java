package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.feed.KafkaFeed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.CheckpointWatch;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Kafka input of a kill-and-recover run: the lines in {@link #PIECES} pieces, each with its
 * sentinel, produced into the run's topic in {@link KillAndRecover#SPELLS} spells at a pace that
 * would send them all in {@link #INPUT_SECONDS}. Killed in the middle of each spell but the last
 * (at 1/8, 3/8 and 5/8 of the lines); the rest of the spell goes on arriving while the job is down
 * (the broker keeps it), and the next spell waits until the restarted job has published, so that
 * input still arrives after every restart however long the engine takes to recover. A topic can be
 * read again from any offset, so nothing may be lost and nothing counted twice: the pass mark is
 * the exact counts, in every engine.
 *
 * <p>A stateful job restarted without its checkpoint would read the topic from its start, count
 * everything again and pass. So, as the file run empties its files, the records of a partition up
 * to a piece's sentinel are deleted from the topic once that sentinel is in the state the running
 * job published and two checkpoints have completed since ({@link FaultFiles#onlyTheCheckpointNeeds}):
 * Kafka keeps a partition in order, so everything before the sentinel there was read, and from then
 * on only the checkpoint holds those words. A cold restart loses them. (The stateless job keeps
 * the whole topic: a Spark job restarted cold names its batches anew and counts the topic twice,
 * which shows; a Flink one writes the same event-time batches again, which is correct.)
 */
final class KafkaKillInput implements KillInput {

    static final int PIECES = 48;
    static final double INPUT_SECONDS = 24;

    private final FaultInput input;
    private final KafkaFeed feed;
    private final String bootstrap;
    private final Map<String, Long> expected;
    private final BatchWatcher watcher;
    private final CheckpointWatch checkpoints;
    private final long batchMillis;
    private final boolean deleteCounted;
    /** Per piece: when its sentinel was first seen in the running job's state (0: not yet), or -1 once deleted. */
    private final long[] counted = new long[PIECES];
    /** The end of the newest batch the last killed job published: states up to it are that job's. */
    private long killedJobsNewestBatch = Long.MIN_VALUE;
    private boolean deleting = true;
    private final List<Integer> deletedAtKill = new ArrayList<>();
    private CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);
    /** Per kill: completed once the job restarted after it has published (the next spell may go). */
    private final List<CompletableFuture<Void>> restarted = new ArrayList<>();
    private final Thread deleter = new Thread(this::deleteWhatOnlyTheCheckpointNeeds, "kafka-fault-deleter");
    private volatile boolean closed;
    private volatile Exception deleteFailure;

    /**
     * @param deleteCounted whether counted and checkpointed records are deleted from the topic (the stateful job's run)
     */
    KafkaKillInput(String bootstrap, String topic, int partitions, List<String> text, BatchWatcher watcher, CheckpointWatch checkpoints,
                   long batchMillis, Duration timeout, boolean deleteCounted) throws IOException, InterruptedException {
        this.input = FaultInput.of("fault-kill-kafka", text, PIECES);
        this.feed = KafkaFeed.create(bootstrap, topic, partitions, watcher, timeout);
        this.bootstrap = bootstrap;
        this.expected = new HashMap<>(input.expected());
        this.watcher = watcher;
        this.checkpoints = checkpoints;
        this.batchMillis = batchMillis;
        this.deleteCounted = deleteCounted;
        deleter.setDaemon(true);
        for (int kill = 0; kill < KillAndRecover.SPELLS - 1; kill++) {
            restarted.add(new CompletableFuture<>());
        }
    }

    /** Whether line {@code line} must wait: the first line of spell k + 1 until the job restarted after kill k has published. */
    private boolean holdsSpell(int line) throws InterruptedException {
        if (closed) {
            throw new InterruptedException("the run ended");
        }
        for (int kill = 0; kill < restarted.size(); kill++) {
            if (line == input.lines().size() * (kill + 1) / KillAndRecover.SPELLS && !restarted.get(kill).isDone()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JobArgs args(JobArgs common) {
        return common.kafka(bootstrap, feed.topic(), feed.topic());
    }

    /** Readiness first (a probe record's batch published), then the lines, in the background. */
    @Override
    public void begin(RunningJob job) throws IOException, InterruptedException, TimeoutException {
        job.whileAlive(() -> feed.awaitReady(job.timeout()));
        expected.merge(FileFeed.PROBE, 1L, Long::sum);
        int rate = (int) Math.max(1, input.lines().size() / INPUT_SECONDS);
        sending = CompletableFuture.runAsync(() -> {
            try {
                feed.sendPaced(input.lines(), rate, this::holdsSpell);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        if (deleteCounted) {
            deleter.start();
        }
    }

    @Override
    public void awaitKillPoint(int kill, RunningJob job) throws InterruptedException, TimeoutException {
        awaitSent((int) ((long) input.lines().size() * (2L * kill + 1) / (2L * KillAndRecover.SPELLS)), job);
        if (deleteCounted && kill == 0) {
            awaitFirstDeleted(job); // else a cold restart could pass the first kill
        }
    }

    /** Waits until the records up to some sentinel are deleted from the topic: only the checkpoint holds their words. */
    private void awaitFirstDeleted(RunningJob job) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (deleted() == 0) {
            if (deleteFailure != null) {
                throw new TimeoutException("deleting counted records failed: " + deleteFailure.getMessage());
            }
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") before any counted record could be deleted; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("no record was counted and checkpointed within " + job.timeout().toSeconds() + " s");
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
    }

    /** Waits until {@code lines} lines are sent (all of them, and acknowledged, for {@link FaultWaits#ALL}). */
    private void awaitSent(int lines, RunningJob job) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (lines == FaultWaits.ALL ? !sending.isDone() : feed.pacedSent() < lines) {
            if (sending.isCompletedExceptionally()) {
                throw new TimeoutException("the producer failed: " + sending.handle((v, e) -> e).join());
            }
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") with " + feed.pacedSent() + " lines sent; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("the producer had sent " + feed.pacedSent() + " lines after " + job.timeout().toSeconds()
                        + " s, waiting for " + (lines == FaultWaits.ALL ? "all" : lines));
            }
            Thread.sleep(BatchWatcher.POLL_MILLIS);
        }
        if (sending.isCompletedExceptionally()) {
            throw new TimeoutException("the producer failed: " + sending.handle((v, e) -> e).join());
        }
    }

    @Override
    public int toCome() {
        return input.piecesToCome(feed.pacedSent());
    }

    /**
     * The producer goes on (the broker keeps what arrives while the job is down); nothing is
     * deleted until the restarted job has published, nor taken as counted from what the killed
     * job published.
     */
    @Override
    public synchronized void killing(int kill) {
        deleting = false;
        killedJobsNewestBatch = watcher.newestBatchEnd();
        deletedAtKill.add(deleted());
    }

    /** The restarted job has published: what the killed one had counted counts no more (the restart may read it again). */
    @Override
    public synchronized void published(int kill) {
        for (int piece = 0; piece < counted.length; piece++) {
            counted[piece] = counted[piece] < 0 ? -1 : 0;
        }
        deleting = true;
        restarted.get(kill).complete(null);
    }

    private synchronized int deleted() {
        int deleted = 0;
        for (long c : counted) {
            deleted += c < 0 ? 1 : 0;
        }
        return deleted;
    }

    private void deleteWhatOnlyTheCheckpointNeeds() {
        while (!closed) {
            try {
                for (int piece : due(System.currentTimeMillis())) {
                    feed.deletePartitionUpTo(input.sentinelLine(piece)); // outside the lock: a call to the broker
                    deletedNow(piece);
                }
                Thread.sleep(CheckpointWatch.POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                deleteFailure = e;
                return;
            }
        }
    }

    /** Notes newly counted sentinels; returns the pieces whose sentinel's partition may now be trimmed up to it. */
    private synchronized List<Integer> due(long now) {
        List<Integer> due = new ArrayList<>();
        if (!deleting) {
            return due;
        }
        Map<String, Long> state = null;
        boolean newState = watcher.newestBatchEnd() > killedJobsNewestBatch;
        int sent = feed.pacedSent();
        for (int piece = 0; piece < PIECES && input.sentinelLine(piece) < sent; piece++) {
            if (counted[piece] == 0 && newState) {
                state = state != null ? state : watcher.totals();
                if (state.getOrDefault(input.sentinel(piece), 0L) > 0) {
                    counted[piece] = now;
                }
            } else if (counted[piece] > 0 && FaultFiles.onlyTheCheckpointNeeds(counted[piece], checkpoints.completions(), batchMillis)) {
                due.add(piece);
            }
        }
        return due;
    }

    private synchronized void deletedNow(int piece) {
        if (deleting) {
            counted[piece] = -1;
        }
    }

    @Override
    public void awaitAllSent(RunningJob job) throws InterruptedException, TimeoutException {
        awaitSent(FaultWaits.ALL, job);
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
    public synchronized FaultResult.Kill kill(int kill, int toComeAtKill, int toComeAtFirstBatch) {
        return new FaultResult.Kill(toComeAtKill, toComeAtFirstBatch, 0L,
                deleteCounted && kill < deletedAtKill.size() ? deletedAtKill.get(kill) : null);
    }

    @Override
    public FaultResult.Counts judged(FaultResult.Counts counts, Map<String, Long> counted) {
        return counts.withPiecesLost(input.missing(counted).size());
    }

    @Override
    public String outcome() {
        return feed.pacedSent() + " of " + input.lines().size() + " lines sent"
                + (deleteCounted ? "; " + deleted() + " of " + PIECES + " sentinels deleted from the topic (with what came before "
                + "them in their partition) once counted and checkpointed" : "; the topic kept whole")
                + (deleteFailure == null ? "" : "; deleting failed: " + deleteFailure.getMessage());
    }

    @Override
    public void close() throws IOException {
        closed = true;
        deleter.interrupt();
        try {
            deleter.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sending.cancel(true);
        feed.close();
    }
}
