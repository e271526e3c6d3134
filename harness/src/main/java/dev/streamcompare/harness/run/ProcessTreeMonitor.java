package dev.streamcompare.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples a process and all its descendants from /proc: CPU seconds (user + system of the whole
 * tree, grandchildren included) and peak RSS (the peak of the sampled sum over the tree). On a
 * local cluster, the cluster's processes (running before the run) are sampled with it: their CPU
 * from the first sample on, their RSS whole.
 *
 * <p>A descendant that ends is charged to its parent's waited-for children time, so the tree's
 * CPU never shrinks while the root lives; what the root itself spends after the last sample
 * (at most one interval) is not counted. Linux only.
 */
public final class ProcessTreeMonitor implements AutoCloseable {

    public static final long INTERVAL_MILLIS = 100;

    private final ProcessHandle root;
    private final List<ProcessHandle> running;
    private final ScheduledExecutorService sampler;
    private volatile long maxCpuTicks;
    private volatile long peakRss;
    private volatile long lastRss;
    private long runningTicksAtStart = -1;

    private ProcessTreeMonitor(ProcessHandle root, List<ProcessHandle> running) {
        this.root = root;
        this.running = List.copyOf(running);
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "proc-sampler-" + root.pid());
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sample, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    static ProcessTreeMonitor start(ProcessHandle root) {
        return new ProcessTreeMonitor(root, List.of());
    }

    /** The tree of {@code root} and the trees of {@code running}, processes that ran before (a cluster's). */
    static ProcessTreeMonitor start(ProcessHandle root, List<ProcessHandle> running) {
        return new ProcessTreeMonitor(root, running);
    }

    private void sample() {
        long[] own = treeTicksAndRss(List.of(root));
        long[] cluster = treeTicksAndRss(running);
        if (runningTicksAtStart < 0) {
            runningTicksAtStart = cluster[0];
        }
        maxCpuTicks = Math.max(maxCpuTicks, own[0] + cluster[0] - runningTicksAtStart);
        peakRss = Math.max(peakRss, own[1] + cluster[1]);
        lastRss = own[1] + cluster[1];
    }

    /** The summed RSS at the latest sample. */
    long rssBytes() {
        return lastRss;
    }

    private static long[] treeTicksAndRss(List<ProcessHandle> roots) {
        List<ProcessHandle> tree = new ArrayList<>();
        for (ProcessHandle root : roots) {
            tree.add(root);
            root.descendants().forEach(tree::add);
        }
        long ticks = 0;
        long rss = 0;
        for (ProcessHandle process : tree) {
            ticks += ProcStat.cpuTicks(process.pid()).orElse(0);
            rss += ProcStat.rssBytes(process.pid());
        }
        return new long[] {ticks, rss};
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
