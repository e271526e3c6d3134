package dev.streamcompare.harness.feed;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.testkit.FileDropper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * The file job's input: files moved atomically into the watched folder. Readiness is the first
 * batch published for a one-word probe file, as a file job has no connection to wait for.
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

    /** @param files how many files the max-rate input is split into */
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
        try (FileDropper.Staged staged = FileDropper.stage(workload.input(), folder, files)) {
            long first = System.currentTimeMillis(); // the first move, not the splitting before it
            staged.moveIn(0);
            return first;
        }
    }

    @Override
    public void sendAtFixedRate(List<String> lines, int linesPerSecond, long markerEveryMillis, Markers markers)
            throws IOException, InterruptedException {
        new FixedRateSender(FixedSchedule.of(lines, linesPerSecond, markerEveryMillis), Pacer.SYSTEM, markers)
                .inFiles(FILE_EVERY_MILLIS, (n, text) -> FileDropper.dropText(folder, String.format("fixed-%06d.txt", n), text));
    }

    @Override
    public void close() {
        // The folder goes with the run's work folder.
    }
}
