package dev.streamcompare.harness.feed;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.testkit.FileDropper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeoutException;

/**
 * The file job's input: files moved atomically into the watched folder. Readiness is the first
 * batch published for a one-word probe file, as a file job has no connection to wait for. The
 * max-rate input is the workload's pieces, a file each (or consecutive whole pieces per file when
 * fewer files are asked for), so that every file holds sentinels no other file holds, moved in one
 * after another at {@link Feed#MAX_RATE_WORDS_PER_SECOND} at most: a file stream that takes a whole
 * folder in one batch (Spark's) gets them over several batches. The folder
 * is emptied when the feed closes, after the job has stopped: a comparison's inputs would
 * otherwise fill the disk.
 */
public final class FileFeed implements Feed {

    public static final String PROBE = "streamcompare-ready";

    /**
     * The fixed-rate phase moves in a file every 250 ms, whatever its marker interval: the file rate,
     * and with it a file job's cost, does not depend on how many markers the phase samples.
     */
    public static final long FILE_EVERY_MILLIS = 250;

    private final Path folder;
    private final BatchWatcher watcher;
    private final int files;
    private double offered = MAX_RATE_WORDS_PER_SECOND;

    /** @param files how many files the max-rate input is split into, at most (a file per piece of the workload) */
    public FileFeed(Path folder, BatchWatcher watcher, int files) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.watcher = watcher;
        this.files = files;
    }

    @Override
    public long awaitReady(Duration timeout) throws IOException, InterruptedException, TimeoutException {
        FileDropper.dropText(folder, "ready.txt", PROBE + "\n");
        return watcher.awaitFirstBatch(timeout);
    }

    @Override
    public long probeWords() {
        return 1;
    }

    @Override
    public String probeWord() {
        return PROBE;
    }

    @Override
    public long sendAtMaxRate(Workload workload) throws IOException, InterruptedException {
        Path staging = Files.createTempDirectory(folder.toAbsolutePath().getParent(), "." + folder.getFileName() + ".staging-");
        try {
            List<Path> staged = stage(workload, staging);
            Pace pace = new Pace(workload.words(), staged.size());
            long first = System.currentTimeMillis(); // the first move, not the writing before it
            long start = System.nanoTime();
            for (int i = 0; i < staged.size(); i++) {
                pace.awaitPart(i);
                Files.move(staged.get(i), folder.resolve(staged.get(i).getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            // A file job never holds the moves back: behind the pace, the harness was.
            offered = OfferedRate.of(workload.words(), System.nanoTime() - start, 0);
            return first;
        } finally {
            deleteTree(staging);
        }
    }

    @Override
    public double offeredWordsPerSecond() {
        return offered;
    }

    /** The workload's pieces, written into {@code staging} as at most {@link #files} files of whole pieces. */
    private List<Path> stage(Workload workload, Path staging) throws IOException {
        int count = Math.min(files, workload.pieces());
        List<Path> staged = new ArrayList<>(count);
        for (int file = 0; file < count; file++) {
            Path path = staging.resolve(String.format("%s-%05d.txt", workload.series(), file + 1));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                for (int piece = workload.pieces() * file / count; piece < workload.pieces() * (file + 1) / count; piece++) {
                    workload.writePiece(piece, out);
                }
            }
            staged.add(path);
        }
        return staged;
    }

    @Override
    public void sendAtFixedRate(List<String> lines, int linesPerSecond, long markerEveryMillis, Markers markers)
            throws IOException, InterruptedException {
        new FixedRateSender(FixedSchedule.of(lines, linesPerSecond, markerEveryMillis), Pacer.SYSTEM, markers)
                .inFiles(FILE_EVERY_MILLIS, (n, text) -> FileDropper.dropText(folder, String.format("fixed-%06d.txt", n), text));
    }

    @Override
    public void close() throws IOException {
        deleteTree(folder);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
