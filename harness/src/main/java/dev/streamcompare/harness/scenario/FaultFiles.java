package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.CheckpointWatch;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The watched folder of the file kill-and-recover run. The input's pieces are staged as files
 * beside it and moved in one by one at a steady pace; the run can hold the rest back for a while,
 * and let it in at once.
 * A file is emptied (replaced, atomically, by an empty file of the same name) once its sentinel
 * is in the state the running job published and two checkpoints have completed since, the newer
 * a batch interval after it at least: from then on only the checkpoint holds its words, so a
 * restart that ignored its checkpoint would lose them. Emptied rather than deleted: Spark
 * DStreams' file stream, restoring its checkpoint, lists every file it ever read (its remember
 * window is the whole run here) and fails on one that is gone.
 */
final class FaultFiles implements AutoCloseable {

    private final Path in;
    private final Path staging;
    private final FaultInput input;
    private final long paceMillis;
    private final BatchWatcher watcher;
    private final CheckpointWatch checkpoints;
    private final long batchMillis;
    /** Per piece: when its sentinel was first seen in the running job's published state (0: not yet), or -1 once emptied. */
    private final long[] counted;
    /** The end of the newest batch the last killed job published: states up to it are that job's. */
    private long killedJobsNewestBatch = Long.MIN_VALUE;
    private final CompletableFuture<Void> allMovedIn = new CompletableFuture<>();
    private final Thread thread;
    private volatile int gate;
    private volatile int movedIn;
    private volatile boolean emptying = true;
    private volatile boolean burst;
    private volatile boolean closed;

    private FaultFiles(Path in, Path staging, FaultInput input, double filesPerSecond, BatchWatcher watcher, CheckpointWatch checkpoints,
                       long batchMillis) {
        this.in = in;
        this.staging = staging;
        this.input = input;
        this.paceMillis = (long) (1000 / filesPerSecond);
        this.watcher = watcher;
        this.checkpoints = checkpoints;
        this.batchMillis = batchMillis;
        this.counted = new long[input.pieces()];
        this.thread = new Thread(this::run, "fault-files");
        thread.setDaemon(true);
    }

    /** The pieces of {@code input} staged beside {@code in} as files, to be moved in at {@code filesPerSecond}. */
    static FaultFiles stage(Path in, FaultInput input, double filesPerSecond, BatchWatcher watcher, CheckpointWatch checkpoints,
                            long batchMillis) throws IOException {
        Files.createDirectories(in);
        Path staging = Files.createTempDirectory(in.toAbsolutePath().getParent(), "." + in.getFileName() + ".staging-");
        for (int piece = 0; piece < input.pieces(); piece++) {
            try (Writer writer = Files.newBufferedWriter(staging.resolve(name(piece)), StandardCharsets.UTF_8)) {
                for (String line : input.piece(piece)) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        }
        return new FaultFiles(in, staging, input, filesPerSecond, watcher, checkpoints, batchMillis);
    }

    private static String name(int piece) {
        return String.format("part-%05d.txt", piece + 1);
    }

    /** Starts moving files in. */
    void start() {
        gate = input.pieces();
        thread.start();
    }

    /** Moves {@code more} files in at most, then holds the rest until {@link #release()}. */
    void holdAfter(int more) {
        gate = Math.min(input.pieces(), movedIn + more);
    }

    /** Moves the rest in, at the same pace, or all at once. */
    void release(boolean atOnce) {
        burst = atOnce;
        gate = input.pieces();
    }

    int movedIn() {
        return movedIn;
    }

    /** Files not yet moved in: still to come. */
    int toCome() {
        return input.pieces() - movedIn;
    }

    /** Files emptied so far. */
    synchronized int emptied() {
        int emptied = 0;
        for (long c : counted) {
            emptied += c < 0 ? 1 : 0;
        }
        return emptied;
    }

    /**
     * The job is being killed: no file is emptied until {@link #restarted()}, and none is taken as
     * counted from a state the killed job published (the watcher keeps showing it until the new job
     * publishes a batch that ends later: a batch it runs again under an old name is not read again).
     */
    synchronized void killing() {
        emptying = false;
        killedJobsNewestBatch = watcher.newestBatchEnd();
    }

    /**
     * The restarted job has published: what the killed one had counted counts no more (the
     * restart may read it again); a file is emptied once the new job's state holds it.
     */
    synchronized void restarted() {
        for (int piece = 0; piece < counted.length; piece++) {
            counted[piece] = counted[piece] < 0 ? -1 : 0;
        }
        emptying = true;
    }

    CompletableFuture<Void> allMovedIn() {
        return allMovedIn;
    }

    /** Waits until {@code files} have been moved in and {@code emptiedFiles} emptied, the job alive, at most its timeout. */
    void await(int files, int emptiedFiles, RunningJob job) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + job.timeout().toMillis();
        while (movedIn < files || emptied() < emptiedFiles) {
            if (allMovedIn.isCompletedExceptionally()) {
                throw new TimeoutException("moving the files in failed: " + allMovedIn.handle((v, e) -> e).join());
            }
            if (!job.isAlive()) {
                throw new TimeoutException("the job exited (" + job.exitCode() + ") with " + movedIn + " files moved in; see its log");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("after " + job.timeout().toSeconds() + " s, " + movedIn + " files moved in (waiting for "
                        + files + "), " + emptied() + " emptied once counted and checkpointed (waiting for " + emptiedFiles + ")");
            }
            Thread.sleep(CheckpointWatch.POLL_MILLIS);
        }
    }

    private void run() {
        try {
            long due = 0;
            while (!closed) {
                long now = System.currentTimeMillis();
                int next = movedIn;
                if (next < input.pieces() && next >= gate) {
                    due = Math.max(due, now); // held at the gate: the next file goes in as soon as it opens
                } else if (next < input.pieces() && (burst || now >= due)) {
                    Files.move(staging.resolve(name(next)), in.resolve(name(next)), StandardCopyOption.ATOMIC_MOVE);
                    movedIn = next + 1;
                    due = now + paceMillis;
                    if (movedIn == input.pieces()) {
                        allMovedIn.complete(null);
                    }
                }
                emptyWhatOnlyTheCheckpointNeeds(now);
                Thread.sleep(CheckpointWatch.POLL_MILLIS);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            allMovedIn.completeExceptionally(e); // closed, or the folder gone: the waits tell
        }
    }

    private synchronized void emptyWhatOnlyTheCheckpointNeeds(long now) throws IOException {
        if (!emptying) {
            return;
        }
        Map<String, Long> state = null;
        boolean newState = watcher.newestBatchEnd() > killedJobsNewestBatch;
        for (int piece = 0; piece < movedIn; piece++) {
            if (counted[piece] == 0 && newState) {
                state = state != null ? state : watcher.totals();
                if (state.getOrDefault(input.sentinel(piece), 0L) > 0) {
                    counted[piece] = now;
                }
            } else if (counted[piece] > 0 && onlyTheCheckpointNeeds(counted[piece], checkpoints.completions(), batchMillis)) {
                Path empty = Files.createTempFile(staging, "empty-", ".tmp");
                Files.move(empty, in.resolve(name(piece)), StandardCopyOption.ATOMIC_MOVE);
                counted[piece] = -1;
            }
        }
    }

    /**
     * Whether a file whose sentinel was first seen in the running job's state at {@code countedMillis}
     * is held by its checkpoint: two checkpoints completed since, the newer a batch interval after
     * it at least. One is not enough: Flink's first may have been triggered before the file was
     * read to its end, and Spark DStreams' may have been written when the next batch was generated,
     * before this one's end was recorded.
     */
    static boolean onlyTheCheckpointNeeds(long countedMillis, List<CheckpointWatch.Completion> completions, long batchMillis) {
        List<Long> after = completions.stream().map(CheckpointWatch.Completion::completedMillis).filter(c -> c > countedMillis).toList();
        return after.size() >= 2 && after.stream().mapToLong(Long::longValue).max().orElse(0) >= countedMillis + batchMillis;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> left = Files.walk(staging)) {
            left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
