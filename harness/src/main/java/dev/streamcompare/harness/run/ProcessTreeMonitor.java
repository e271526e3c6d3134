package dev.streamcompare.harness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Samples a process and all its descendants from /proc: CPU seconds (user + system of the whole
 * tree, grandchildren included) and peak RSS (the peak of the sampled sum over the tree). On a
 * local cluster, the cluster's processes (running before the run) are sampled with it: their CPU
 * from the first sample on, their RSS whole.
 *
 * <p>A descendant that ends is charged to its parent's waited-for children time, so the tree's
 * CPU never shrinks while the root lives; what the root itself spends after the last sample
 * (at most one interval) is not counted. Linux only.
 *
 * <p>A {@link Window} gives the same figures between two moments (a phase's start and end), each
 * taken by a sample of its own at that moment.
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
    private final List<Window> windows = new CopyOnWriteArrayList<>();

    /** The tree's CPU and peak RSS from {@link #window()} to {@link Window#close()}. */
    public final class Window {
        private final long cpuTicksAtStart;
        private volatile long peakRss;
        private long cpuTicksAtEnd = -1;

        private Window() {
            this.cpuTicksAtStart = maxCpuTicks;
            this.peakRss = lastRss;
        }

        private void sampled(long rss) {
            peakRss = Math.max(peakRss, rss);
        }

        /** Takes the last sample and stops following the tree. */
        public void close() {
            sampleNow();
            windows.remove(this);
            cpuTicksAtEnd = maxCpuTicks;
        }

        /** CPU seconds of the tree from open to close. */
        public double cpuSeconds() {
            return (double) (cpuTicksAtEnd - cpuTicksAtStart) / ProcStat.TICKS_PER_SECOND;
        }

        /** The peak RSS of the samples from open to close. */
        public long peakRssBytes() {
            return peakRss;
        }
    }

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
        windows.forEach(window -> window.sampled(lastRss));
    }

    /** Takes a sample now, on the sampler's thread, and waits for it (at most a second). */
    private void sampleNow() {
        try {
            sampler.submit(this::sample).get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            // The regular samples stand: at most one interval of the tree's life is missed.
        }
    }

    /** Opens a window on the tree's figures from now on, with a sample taken now. */
    Window window() {
        sampleNow();
        Window window = new Window();
        windows.add(window);
        return window;
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
