package dev.streamcompare.harness.live;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.run.RunEvents;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run as the live page sees it. Its phase and moments are logged as they come; its published
 * batches and marker latencies are sampled by the live view's clock ({@link #sample}), never on the
 * run's own threads, from the same watcher and markers the run is measured by.
 */
final class LiveRun implements RunEvents {

    private final int id;
    private final LiveLog log;
    private final Runnable ended;
    private final long started = System.currentTimeMillis();
    private volatile String phase = "";
    private BatchWatcher watcher;
    private Markers markers;
    private int batchesSeen;
    /** The newest publish: its time and the words counted by it; and the publish before it ({time, words}). */
    private long publishMillis = started;
    private long publishTotal;
    private long[] before = {started, 0};
    private final Set<String> markersSeen = new HashSet<>();
    private boolean over;

    LiveRun(int id, LiveLog log, Runnable ended) {
        this.id = id;
        this.log = log;
        this.ended = ended;
    }

    /** On the run's thread: never waits for a sample (the log has a lock of its own, held only to append). */
    @Override
    public void phase(String newPhase, long wordsCounted, long wordsExpected) {
        if (!newPhase.equals(phase)) {
            phase = newPhase;
            log.add(event("phase", "phase", newPhase, "counted", wordsCounted, "expected", wordsExpected));
        }
    }

    @Override
    public synchronized void watching(BatchWatcher batches, Markers sent) {
        this.watcher = batches;
        this.markers = sent;
        this.batchesSeen = 0;
        this.publishMillis = System.currentTimeMillis();
        this.publishTotal = 0;
        this.before = new long[] {publishMillis, 0};
    }

    @Override
    public void moment(String what) {
        log.add(event("moment", "what", what));
    }

    /**
     * Logs the batches published and the markers that arrived since the last sample: a publish as its
     * time, the words counted by then and the words per second since the publish before (batch files
     * the watcher found in one poll share a publish time, and count as one publish: else the second
     * would show its words over a millisecond); a marker as the time it was due and its latency
     * (published − due, as the report takes it, so that a sender falling behind does not hide it).
     */
    synchronized void sample() {
        if (watcher == null) {
            return;
        }
        List<BatchWatcher.Published> published = watcher.published(batchesSeen);
        for (int i = 0; i < published.size(); i++) {
            BatchWatcher.Published batch = published.get(i);
            if (batch.publishedMillis() != publishMillis) {
                before = new long[] {publishMillis, publishTotal};
                publishMillis = batch.publishedMillis();
            }
            publishTotal = batch.totalWords();
            boolean lastOfItsPoll = i + 1 == published.size() || published.get(i + 1).publishedMillis() != publishMillis;
            if (lastOfItsPoll) { // a poll's files seen over two samples: the page redraws the point at its time
                double rate = Math.max(0, publishTotal - before[1]) * 1000.0 / Math.max(1, publishMillis - before[0]);
                log.add(event("batch", "at", publishMillis, "words", publishTotal, "rate", Math.round(rate)));
            }
        }
        batchesSeen += published.size();
        if (markers != null && !published.isEmpty()) {
            Map<String, Markers.Sent> sent = markers.sent();
            watcher.markers().forEach((word, hit) -> {
                Markers.Sent due = sent.get(word);
                if (due != null && markersSeen.add(word)) {
                    log.add(event("latency", "at", due.scheduledMillis(), "ms", hit.publishedMillis() - due.scheduledMillis()));
                }
            });
        }
    }

    @Override
    public void finished(RunResult result) {
        verdict(result.correct(), result.correct() ? "correct" : "WRONG" + (result.failure() == null ? "" : ": " + result.failure()));
    }

    @Override
    public void finished(PeerResult result) {
        verdict(!result.failed(), result.failed() ? "failed: " + result.outcome().failure() : "ran (its counts differ by design)");
    }

    @Override
    public void finished(FaultResult result) {
        verdict(result.passed(), (result.passed() ? "ok" : "FAILED") + String.format(java.util.Locale.ROOT,
                ": %,d words lost, %,d counted twice", result.counts().lost(), result.counts().doubled())
                + (result.failure() == null ? "" : " (" + result.failure() + ")"));
    }

    private void verdict(boolean ok, String text) {
        synchronized (this) {
            sample();
            watcher = null;
        }
        log.add(event("verdict", "ok", ok, "text", text, "seconds", (System.currentTimeMillis() - started) / 1000.0));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (over) {
                return;
            }
            over = true;
            watcher = null;
        }
        ended.run();
    }

    /** An event of this run: its type, its run, now, and {@code fields} as name, value pairs. */
    private Map<String, Object> event(String type, Object... fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("run", id);
        event.put("t", System.currentTimeMillis());
        for (int i = 0; i < fields.length; i += 2) {
            event.put((String) fields[i], fields[i + 1]);
        }
        return event;
    }
}
