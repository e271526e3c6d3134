package dev.streamcompare.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples a process and all its descendants from /proc: CPU seconds (user + system of the whole
 * tree, grandchildren included) and peak RSS (the peak of the sampled sum over the tree).
 *
 * <p>A descendant that ends is charged to its parent's waited-for children time, so the tree's
 * CPU never shrinks while the root lives; what the root itself spends after the last sample
 * (at most one interval) is not counted. Linux only.
 */
final class ProcessTreeMonitor implements AutoCloseable {

    static final long INTERVAL_MILLIS = 100;

    private final ProcessHandle root;
    private final ScheduledExecutorService sampler;
    private volatile long maxCpuTicks;
    private volatile long peakRss;
    private volatile long lastRss;

    private ProcessTreeMonitor(ProcessHandle root) {
        this.root = root;
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "proc-sampler-" + root.pid());
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sample, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    static ProcessTreeMonitor start(ProcessHandle root) {
        return new ProcessTreeMonitor(root);
    }

    private void sample() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        long ticks = 0;
        long rss = 0;
        for (ProcessHandle process : tree) {
            ticks += ProcStat.cpuTicks(process.pid()).orElse(0);
            rss += ProcStat.rssBytes(process.pid());
        }
        maxCpuTicks = Math.max(maxCpuTicks, ticks);
        peakRss = Math.max(peakRss, rss);
        lastRss = rss;
    }

    /** The tree's summed RSS at the latest sample. */
    long rssBytes() {
        return lastRss;
    }

    /** CPU seconds of the tree so far. */
    double cpuSeconds() {
        return (double) maxCpuTicks / ProcStat.TICKS_PER_SECOND;
    }

    /** The peak, over samples, of the tree's summed RSS. */
    long peakRssBytes() {
        return peakRss;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
