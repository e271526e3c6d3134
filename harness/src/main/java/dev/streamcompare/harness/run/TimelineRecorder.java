package dev.streamcompare.harness.run;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.RunResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Records a run over time, for the soak: every second the child tree's RSS and the distinct words
 * the job has counted (the size of a stateful job's state); at the end, each marker's latency at
 * its scheduled time.
 */
final class TimelineRecorder implements AutoCloseable {

    private final MonitoredChild child;
    private final BatchWatcher watcher;
    private final ScheduledExecutorService sampler;
    private final List<RunResult.Point> rss = new ArrayList<>();
    private final List<RunResult.Point> distinct = new ArrayList<>();

    TimelineRecorder(MonitoredChild child, BatchWatcher watcher) {
        this.child = child;
        this.watcher = watcher;
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "timeline-" + child.name);
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
        double seconds = secondsSinceSpawn(System.currentTimeMillis());
        Long bytes = child.rssBytes();
        if (bytes != null) {
            rss.add(new RunResult.Point(seconds, bytes / (1024.0 * 1024.0)));
        }
        distinct.add(new RunResult.Point(seconds, watcher.distinctWords()));
    }

    private double secondsSinceSpawn(long millis) {
        return Math.round((millis - child.spawnedMillis) / 100.0) / 10.0;
    }

    /** The timeline, with the latency of every marker found, at its scheduled time. */
    synchronized RunResult.Timeline finish(Map<String, BatchWatcher.MarkerHit> found, Map<String, Markers.Sent> sent) {
        sampler.shutdownNow();
        return new RunResult.Timeline(List.copyOf(rss), List.copyOf(distinct), latencies(found, sent, child.spawnedMillis));
    }

    /**
     * Every marker found, in the order it was due: at its scheduled time (s since the job's JVM was
     * spawned, to 0.1 s) its latency, published − scheduled in ms, as the report's percentiles take it.
     */
    static List<RunResult.Point> latencies(Map<String, BatchWatcher.MarkerHit> found, Map<String, Markers.Sent> sent,
                                           long spawnedMillis) {
        List<RunResult.Point> latency = new ArrayList<>();
        sent.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().scheduledMillis())).forEach(marker -> {
            BatchWatcher.MarkerHit hit = found.get(marker.getKey());
            long scheduled = marker.getValue().scheduledMillis();
            if (hit != null) {
                latency.add(new RunResult.Point(Math.round((scheduled - spawnedMillis) / 100.0) / 10.0, hit.publishedMillis() - scheduled));
            }
        });
        return List.copyOf(latency);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
