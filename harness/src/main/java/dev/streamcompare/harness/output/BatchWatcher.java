package dev.streamcompare.harness.output;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Watches a job's output folder from outside the job: notes when each batch file appears (its
 * publish time, by the harness's own clock, polled every {@link #POLL_MILLIS} ms), reads it once,
 * and keeps the job's totals ({@link Totals}: the sum of all batch files for a stateless job, the
 * newest file for a stateful one, the newest count of each word for one that publishes changes) — the first batch file each latency marker appeared in, and a log of every
 * batch file: when it was seen and the words the totals held then.
 */
public final class BatchWatcher implements AutoCloseable {

    /** The resolution of publish times. */
    public static final long POLL_MILLIS = 20;

    /** A marker found in a published batch. */
    public record MarkerHit(long publishedMillis, long batchEndMillis) {}

    /**
     * One batch file as the harness saw it: when (its clock, epoch ms), the batch end its name
     * gives, and the words of the job's totals once it was read (the state's, for a stateful job).
     */
    public record Published(long publishedMillis, long batchEndMillis, long totalWords) {}

    /** How a job's batch files make its totals. */
    public enum Totals {
        /** Each file a batch's counts (the stateless jobs): the totals are their sum. */
        SUMMED,
        /** Each file the whole state (the stateful jobs): the totals are the newest file's. */
        NEWEST,
        /**
         * Each file the new counts of the words that changed (Flink's per-record variant, Structured
         * Streaming's transformWithState): the newest count of each word.
         */
        UPSERTED;

        /** The totals of a stateful job or not, as most jobs publish them. */
        public static Totals of(boolean stateful) {
            return stateful ? NEWEST : SUMMED;
        }

        /** The totals of a stateful job or not in {@code variant}: the variants that publish changes are upserted. */
        public static Totals of(boolean stateful, Variant variant) {
            return stateful && (variant == Variant.PER_RECORD || variant == Variant.TRANSFORM_WITH_STATE) ? UPSERTED : of(stateful);
        }
    }

    private final Path folder;
    private final Totals kind;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, MarkerHit> markers = new HashMap<>();
    private final List<Published> published = new ArrayList<>();
    private Map<String, Long> totals = new HashMap<>();
    private long totalWords;
    private long newestBatchEnd = Long.MIN_VALUE;
    private long lastPublishedMillis;
    private int batches;
    private final Thread poller;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    public BatchWatcher(Path folder, boolean stateful) {
        this(folder, Totals.of(stateful));
    }

    public BatchWatcher(Path folder, Totals kind) {
        this.folder = folder;
        this.kind = kind;
        this.poller = new Thread(this::pollUntilClosed, "batch-watcher");
        poller.setDaemon(true);
        poller.start();
    }

    private void pollUntilClosed() {
        while (running) {
            try {
                poll();
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failure = e;
                return;
            }
        }
    }

    private void poll() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        long now = System.currentTimeMillis();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(BatchFiles::isBatchFile)
                    .filter(file -> !seen.contains(file.getFileName().toString()))
                    .sorted((a, b) -> Long.compare(BatchFiles.batchEnd(a), BatchFiles.batchEnd(b)))
                    .forEach(file -> publish(file, now));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(Path file, long publishedMillis) {
        Map<String, Long> batch = BatchFiles.read(file);
        long batchEnd = BatchFiles.batchEnd(file);
        synchronized (this) {
            seen.add(file.getFileName().toString());
            batches++;
            for (String word : batch.keySet()) {
                if (Markers.isMarker(word)) {
                    markers.putIfAbsent(word, new MarkerHit(publishedMillis, batchEnd));
                }
            }
            if (kind == Totals.NEWEST) {
                if (batchEnd > newestBatchEnd) {
                    newestBatchEnd = batchEnd;
                    totals = batch;
                    totalWords = batch.values().stream().mapToLong(Long::longValue).sum();
                }
            } else if (kind == Totals.UPSERTED) {
                newestBatchEnd = Math.max(newestBatchEnd, batchEnd);
                batch.forEach((word, count) -> {
                    Long before = totals.put(word, count);
                    totalWords += count - (before == null ? 0 : before);
                });
            } else {
                batch.forEach((word, count) -> totals.merge(word, count, Long::sum));
                totalWords += batch.values().stream().mapToLong(Long::longValue).sum();
            }
            lastPublishedMillis = publishedMillis;
            published.add(new Published(publishedMillis, batchEnd, totalWords));
            notifyAll();
        }
    }

    /**
     * Waits until the job's totals hold {@code words} words; returns the publish time of the batch
     * file that brought them there.
     */
    public synchronized long awaitWords(long words, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (totalWords < words) {
            if (failure != null) {
                throw failure;
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new TimeoutException("after " + timeout.toSeconds() + " s the job had published "
                        + totalWords + " of " + words + " words");
            }
            wait(left);
        }
        return lastPublishedMillis;
    }

    /** Waits until at least one batch has been published; returns when. */
    public synchronized long awaitFirstBatch(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (batches == 0) {
            if (!running) {
                throw new TimeoutException("stopped watching before a batch was published");
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new TimeoutException("no batch published within " + timeout.toSeconds() + " s");
            }
            wait(left);
        }
        return lastPublishedMillis;
    }

    /** The end of the newest batch read (a stateful job's state is that batch's), or {@code Long.MIN_VALUE}. */
    public synchronized long newestBatchEnd() {
        return newestBatchEnd;
    }

    public synchronized long totalWords() {
        return totalWords;
    }

    public synchronized Map<String, Long> totals() {
        return new HashMap<>(totals);
    }

    public synchronized Map<String, MarkerHit> markers() {
        return new HashMap<>(markers);
    }

    /** Distinct words in the job's totals, latency markers left out: what the stateful jobs keep. */
    public synchronized int distinctWords() {
        return (int) totals.keySet().stream().filter(word -> !Markers.isMarker(word)).count();
    }

    public synchronized int batches() {
        return batches;
    }

    /** Every batch file seen, in the order seen, from the {@code from}-th (0: all). */
    public synchronized List<Published> published(int from) {
        return List.copyOf(published.subList(Math.min(from, published.size()), published.size()));
    }

    /** Reads what was published up to now, one last time, and stops watching. */
    @Override
    public void close() {
        running = false;
        synchronized (this) {
            notifyAll();
        }
        poller.interrupt();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        poll();
    }
}
