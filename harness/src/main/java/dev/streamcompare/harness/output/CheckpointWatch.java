package dev.streamcompare.harness.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches a job's checkpoint folder from outside, polled every {@link #POLL_MILLIS} ms: every
 * checkpoint completed (as {@link CheckpointFolder} tells them: Flink's {@code chk-N/_metadata},
 * Spark DStreams' {@code checkpoint-<batch time>}, each write of it, Structured Streaming's
 * {@code commits/N}) with when it completed and when it began, as far as can be seen from outside.
 * The folder may vanish and come back (a restart that ignores its checkpoint).
 */
public final class CheckpointWatch implements AutoCloseable {

    public static final long POLL_MILLIS = 50;
    private static final Pattern FLINK = Pattern.compile("chk-\\d+");
    private static final Pattern DSTREAMS = Pattern.compile("checkpoint-(\\d+)");

    /**
     * One completed checkpoint.
     *
     * @param name           its file, relative to the folder
     * @param beganMillis    when it began, or a little earlier, never later: Flink's, the poll before its
     *                       {@code chk-N} folder was first seen (the folder is made when the checkpoint is
     *                       triggered); DStreams', its batch time; Structured Streaming's, when its micro-batch
     *                       was planned ({@code offsets/N})
     * @param completedMillis when it completed (its file's modification time)
     */
    public record Completion(String name, long beganMillis, long completedMillis) {

        /**
         * The moment before which whatever the job had read is in this checkpoint's state. A
         * DStreams checkpoint of batch t may be written when t is generated, before it ran: it then
         * holds the state of the batch before, one batch interval earlier.
         */
        public long holdsReadsBefore(long batchMillis) {
            return DSTREAMS.matcher(Path.of(name).getFileName().toString()).matches() ? beganMillis - batchMillis : beganMillis;
        }
    }

    private final Path folder;
    private final Map<String, Long> folderSeen = new HashMap<>();
    private final Set<String> recorded = new HashSet<>();
    private final List<Completion> completions = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private long lastPollMillis;

    public CheckpointWatch(Path folder) {
        this(folder, true);
    }

    /** Without a poller thread if {@code polling} is false: the tests call {@link #poll()} themselves. */
    CheckpointWatch(Path folder, boolean polling) {
        this.folder = folder;
        this.lastPollMillis = System.currentTimeMillis();
        this.poller = new Thread(this::pollUntilClosed, "checkpoint-watch");
        poller.setDaemon(true);
        if (polling) {
            poller.start();
        }
    }

    private void pollUntilClosed() {
        while (running) {
            poll();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    synchronized void poll() {
        long now = System.currentTimeMillis();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.forEach(file -> see(file, now));
            } catch (IOException | UncheckedIOException e) {
                // a checkpoint removed while walking: the rest is seen next time
            }
        }
        lastPollMillis = now;
    }

    private void see(Path file, long now) {
        String name = folder.relativize(file).toString();
        if (FLINK.matcher(file.getFileName().toString()).matches()) {
            folderSeen.putIfAbsent(name, lastPollMillis);
            return;
        }
        if (!CheckpointFolder.isCompletion(file)) {
            return;
        }
        long completed = file.toFile().lastModified();
        if (completed == 0 || !recorded.add(name + "@" + completed)) {
            return; // gone meanwhile, or seen already (a DStreams checkpoint written again is a new completion)
        }
        completions.add(new Completion(name, began(file, name, completed), completed));
    }

    private long began(Path file, String name, long completed) {
        Path parent = file.getParent();
        Matcher dstreams = DSTREAMS.matcher(file.getFileName().toString());
        if (dstreams.matches()) {
            return Long.parseLong(dstreams.group(1));
        }
        if (parent != null && parent.getFileName().toString().equals("commits")) {
            long planned = parent.resolveSibling("offsets").resolve(file.getFileName()).toFile().lastModified();
            return planned == 0 ? completed : Math.min(planned, completed);
        }
        String chk = folder.relativize(parent).toString();
        return Math.min(folderSeen.getOrDefault(chk, lastPollMillis), completed);
    }

    /** Every completion seen so far, in the order seen. */
    public synchronized List<Completion> completions() {
        return List.copyOf(completions);
    }

    /** The newest completion that completed before {@code millis}, if any. */
    public synchronized Optional<Completion> newestBefore(long millis) {
        return completions.stream().filter(c -> c.completedMillis() < millis).max(Comparator.comparingLong(Completion::completedMillis));
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
