package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.FileFeed;
import dev.streamcompare.harness.feed.KafkaFeed;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Kafka input of a kill-and-recover run: the lines in {@link #PIECES} pieces, each with its
 * sentinel, produced into the run's topic at a pace that sends them all in {@link #INPUT_SECONDS},
 * whatever the job does (the broker keeps them while it is down). Killed at 1/8, 3/8 and 5/8 of the
 * lines sent. A topic can be read again from any offset, so nothing may be lost and nothing
 * counted twice: the pass mark is the exact counts, in every engine.
 */
final class KafkaKillInput implements KillInput {

    static final int PIECES = 48;
    static final double INPUT_SECONDS = 24;

    private final FaultInput input;
    private final KafkaFeed feed;
    private final String bootstrap;
    private final Map<String, Long> expected;
    private CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);

    KafkaKillInput(String bootstrap, String topic, int partitions, List<String> text, BatchWatcher watcher, java.time.Duration timeout)
            throws IOException, InterruptedException {
        this.input = FaultInput.of("fault-kill-kafka", text, PIECES);
        this.feed = KafkaFeed.create(bootstrap, topic, partitions, watcher, timeout);
        this.bootstrap = bootstrap;
        this.expected = new HashMap<>(input.expected());
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
                feed.sendPaced(input.lines(), rate);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void awaitKillPoint(int kill, RunningJob job) throws InterruptedException, TimeoutException {
        awaitSent((int) ((long) input.lines().size() * (2L * kill + 1) / (2L * KillAndRecover.SPELLS)), job);
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

    @Override
    public void killing(int kill) {
        // the producer goes on: the broker keeps what arrives while the job is down
    }

    @Override
    public void published(int kill) {
        // nothing to do: the restarted job reads on from its checkpoint's offsets
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
    public FaultResult.Kill kill(int kill, int toComeAtKill, int toComeAtFirstBatch) {
        return new FaultResult.Kill(toComeAtKill, toComeAtFirstBatch, 0L, null);
    }

    @Override
    public FaultResult.Counts judged(FaultResult.Counts counts, Map<String, Long> counted) {
        return counts.withPiecesLost(input.missing(counted).size());
    }

    @Override
    public String outcome() {
        return "producer: " + feed.pacedSent() + " of " + input.lines().size() + " lines sent to topic " + feed.topic()
                + ", which the restarted job read on from its checkpoint's offsets";
    }

    @Override
    public void close() throws IOException {
        sending.cancel(true);
        feed.close();
    }
}
