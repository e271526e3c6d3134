package dev.streamcompare.harness.feed;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Kafka jobs' input: a topic of the run's own ({@link TopicWriter}, a partition per core), the
 * lines produced into it, a record each. Readiness is the first batch published for a one-word
 * probe record, as for the file jobs: a Kafka job has no connection the harness could see.
 *
 * <p>The max-rate input's records are stamped with the time they are sent, the fixed-rate input's
 * with their time on the schedule (a marker's scheduled time, as its latency is measured from);
 * a marker counts as delivered when the broker has acknowledged it. Flink batches by these
 * timestamps, the Spark engines by when they read. A broker never pushes back on the producer for
 * a slow job, so a max-rate input sent below the pace was held back by the harness or the broker,
 * and the rate it reached is the one a figure is compared with.
 */
public final class KafkaFeed implements Feed {

    private final TopicWriter writer;
    private final BatchWatcher watcher;
    private double offered = MAX_RATE_WORDS_PER_SECOND;
    /** Lines {@link #sendPaced} has handed to the producer so far. */
    private volatile int pacedSent;
    /** Per line of {@link #sendPaced}: its record. */
    private TopicWriter.Sent[] paced = new TopicWriter.Sent[0];

    private KafkaFeed(TopicWriter writer, BatchWatcher watcher) {
        this.writer = writer;
        this.watcher = watcher;
    }

    /** Makes {@code topic} with {@code partitions} partitions on the broker at {@code bootstrap}, and a feed into it. */
    public static KafkaFeed create(String bootstrap, String topic, int partitions, BatchWatcher watcher, Duration timeout)
            throws IOException, InterruptedException {
        return new KafkaFeed(TopicWriter.create(bootstrap, topic, partitions, timeout), watcher);
    }

    public String topic() {
        return writer.topic();
    }

    @Override
    public long awaitReady(Duration timeout) throws IOException, InterruptedException, TimeoutException {
        writer.send(FileFeed.PROBE.getBytes(StandardCharsets.UTF_8), System.currentTimeMillis());
        writer.flush();
        return watcher.awaitFirstBatch(timeout);
    }

    @Override
    public long probeWords() {
        return 1;
    }

    @Override
    public String probeWord() {
        return FileFeed.PROBE;
    }

    @Override
    public long sendAtMaxRate(Workload workload) throws IOException, InterruptedException {
        writer.sending();
        try {
            Pace pace = new Pace(workload.words(), workload.pieces());
            long first = System.currentTimeMillis();
            long start = System.nanoTime();
            ByteArrayOutputStream piece = new ByteArrayOutputStream(1 << 21);
            for (int i = 0; i < workload.pieces(); i++) {
                pace.awaitPart(i);
                piece.reset();
                workload.writePiece(i, piece); // made as it goes: never the whole input in memory
                sendLines(piece.toByteArray(), piece.size());
            }
            writer.flush();
            // No job holds a producer back: behind the pace, the harness or the broker was.
            offered = OfferedRate.of(workload.words(), System.nanoTime() - start, 0);
            return first;
        } finally {
            writer.idle();
        }
    }

    /** Each line of {@code text[0, length)} as a record, stamped with the time it is sent. */
    private void sendLines(byte[] text, int length) throws IOException {
        int from = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                writer.send(Arrays.copyOfRange(text, from, i), System.currentTimeMillis());
                from = i + 1;
            }
        }
        if (from < length) {
            writer.send(Arrays.copyOfRange(text, from, length), System.currentTimeMillis());
        }
    }

    @Override
    public double offeredWordsPerSecond() {
        return offered;
    }

    @Override
    public void sendAtFixedRate(List<String> lines, int linesPerSecond, long markerEveryMillis, Markers markers)
            throws IOException, InterruptedException {
        writer.sending();
        try {
            new FixedRateSender(FixedSchedule.of(lines, linesPerSecond, markerEveryMillis), Pacer.SYSTEM, markers)
                    .toStream(new FixedRateSender.Stream() {
                        @Override
                        public void line(String line, long dueMillis) throws IOException {
                            writer.send(line.getBytes(StandardCharsets.UTF_8), dueMillis);
                        }

                        @Override
                        public void flush() throws IOException {
                            writer.flush();
                        }
                    });
        } finally {
            writer.idle();
        }
    }

    /** Asked before each line of {@link #sendPaced}, and again every poll while it says so: whether line {@code line} must wait. */
    @FunctionalInterface
    public interface Hold {
        boolean holds(int line) throws InterruptedException;
    }

    /**
     * Sends {@code lines} at {@code linesPerSecond}, each stamped with its time on that timetable
     * and counted in {@link #pacedSent()} once handed to the producer; returns when the broker has
     * them all. The fault runs' input: it goes on arriving whatever the job does, except while
     * {@code hold} keeps a line back; the timetable then starts again from that line.
     */
    public void sendPaced(List<String> lines, int linesPerSecond, Hold hold) throws IOException, InterruptedException {
        writer.sending();
        try {
            TopicWriter.Sent[] records = new TopicWriter.Sent[lines.size()];
            synchronized (this) {
                paced = records;
            }
            long start = System.nanoTime();
            long startMillis = System.currentTimeMillis();
            for (int i = 0; i < lines.size(); i++) {
                if (hold.holds(i)) {
                    long held = holdWithHeartbeats(hold, i);
                    start += held;
                    startMillis += held / 1_000_000L;
                }
                long dueNanos = (long) (i * 1e9 / linesPerSecond);
                long ahead = dueNanos - (System.nanoTime() - start);
                if (ahead > 1_000_000L) {
                    Thread.sleep(ahead / 1_000_000L, (int) (ahead % 1_000_000L));
                }
                records[i] = writer.send(lines.get(i).getBytes(StandardCharsets.UTF_8), startMillis + dueNanos / 1_000_000L);
                pacedSent = i + 1;
            }
            writer.flush();
        } finally {
            writer.idle();
        }
    }

    /**
     * Waits while {@code hold} holds line {@code line}, with heartbeats meanwhile (a job batching by
     * event time publishes only as its partitions' times move); returns how long, in nanoseconds.
     */
    private long holdWithHeartbeats(Hold hold, int line) throws InterruptedException {
        long from = System.nanoTime();
        writer.idle();
        try {
            while (hold.holds(line)) {
                Thread.sleep(BatchWatcher.POLL_MILLIS);
            }
        } finally {
            writer.sending();
        }
        return System.nanoTime() - from;
    }

    /** Lines {@link #sendPaced} has sent so far. */
    public int pacedSent() {
        return pacedSent;
    }

    /** The partition line {@code line} of {@link #sendPaced} went to; it must have been sent. */
    public synchronized int partitionOf(int line) {
        return paced[line].partition();
    }

    /**
     * Deletes from its partition every record up to line {@code line} of {@link #sendPaced}, that
     * line's own included (heartbeats among them too): once the job has counted that line and
     * checkpointed since, only its checkpoint can give those words back. Kafka keeps a partition
     * in order, so a line counted from a partition means every record before it there was read.
     */
    public void deletePartitionUpTo(int line) throws IOException, InterruptedException {
        TopicWriter.Sent sent;
        synchronized (this) {
            sent = paced[line];
        }
        try {
            long offset = sent.metadata().get(writer.timeout().toMillis(), TimeUnit.MILLISECONDS).offset();
            writer.deleteBefore(sent.partition(), offset + 1);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("line " + line + " was never acknowledged: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
