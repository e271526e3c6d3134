package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.FrontierPoint;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import dev.streamcompare.harness.run.MarkerLatencies;
import dev.streamcompare.harness.run.Phase;
import dev.streamcompare.harness.run.PhaseContext;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * The one phase of a frontier point's run: the sustainable-rate search ({@link RateSearch}) with
 * each probe a fixed-rate stretch inside the same job, then a latency stretch at
 * {@link FrontierPoint#SHARE} of the rate found. One JVM per point, not one per probe: start-up
 * would cost more than the probes.
 *
 * <p>The search starts after a warm-up stretch of {@value #WARM_UP_SECONDS} s at half the start
 * rate, not judged: each point is a JVM of its own, and a cold first probe near the ceiling would
 * otherwise set it. A probe ({@link FrontierSettings#probeSeconds}: ten intervals at least) keeps
 * up when every word it sent is published within {@code bound} of its last line and every marker
 * of it was found within {@code bound} of its scheduled time (so a sender held back by the job's
 * backpressure counts against the job). After a stretch that fell behind, the job is waited for
 * until it has published everything (at most the job's timeout; a job that never catches up fails
 * the run), and only then are its markers' latencies taken: a latency stretch that fell behind is
 * reported with all its markers, and marked. Each stretch's lines are counted before it is sent,
 * between stretches, and added to the totals the run is checked against.
 */
final class FrontierSearch implements Phase {

    private final Workload workload;
    private final int startRate;
    private final FrontierSettings settings;
    private final Duration bound;
    private final long markerEveryMillis;
    private final long intervalMillis;
    private SustainableResult.Search search;
    private Integer latencyRate;
    private Latency latency = Latency.NONE;
    private boolean latencyKeptUp;

    /** The warm-up before the search, s. */
    static final int WARM_UP_SECONDS = 2;

    FrontierSearch(Workload workload, int startRate, FrontierSettings settings, long intervalMillis, long markerEveryMillis) {
        this.workload = workload;
        this.startRate = startRate;
        this.settings = settings;
        this.intervalMillis = intervalMillis;
        this.bound = Duration.ofMillis(FrontierSettings.boundMillis(intervalMillis));
        this.markerEveryMillis = markerEveryMillis;
    }

    @Override
    public String name() {
        return "frontier search";
    }

    @Override
    public Map<String, Long> expectedCounts() {
        return Map.of(); // chosen as the search goes: PhaseContext#expect
    }

    @Override
    public long words() {
        return 0;
    }

    @Override
    public void run(PhaseContext run) throws IOException, InterruptedException, TimeoutException {
        stretch(run, "warm-up at " + Math.max(1, startRate / 2) + " lines/s", Math.max(1, startRate / 2), WARM_UP_SECONDS);
        TimeoutException[] stuck = {null};
        search = RateSearch.run(startRate, settings.probes(), rate -> {
            try {
                return probe(run, rate);
            } catch (TimeoutException e) {
                stuck[0] = e;
                return new SustainableProbe(rate, false, null, null, e.getMessage());
            }
        }, () -> stuck[0] != null);
        if (stuck[0] != null) {
            throw stuck[0];
        }
        if (search.best() != null) {
            latencyRate = Math.max(1, (int) Math.round(search.best().linesPerSecond() * FrontierPoint.SHARE));
            Stretch stretch = stretch(run, "latency at " + latencyRate + " lines/s", latencyRate, settings.latencySeconds());
            latency = stretch.latency();
            latencyKeptUp = stretch.drained() && latency.markersFound() == latency.markersSent();
        }
    }

    /** One probe at {@code rate}: kept up with or not, and why not. */
    private SustainableProbe probe(PhaseContext run, int rate) throws IOException, InterruptedException, TimeoutException {
        Stretch stretch = stretch(run, "probe at " + rate + " lines/s", rate, settings.probeSeconds(intervalMillis));
        Latency latency = stretch.latency();
        Double p99 = latency.endToEndMs() == null ? null : latency.endToEndMs().p99();
        Double max = latency.endToEndMs() == null ? null : latency.endToEndMs().max();
        String reason = !stretch.drained() ? "its words not all published within " + bound.toMillis() + " ms of its last line"
                : latency.markersFound() < latency.markersSent() ? (latency.markersSent() - latency.markersFound()) + " markers not found"
                : max != null && max > bound.toMillis() ? "latency max " + max.longValue() + " ms > " + bound.toMillis() + " ms" : "";
        return new SustainableProbe(rate, reason.isEmpty(), p99, max, reason);
    }

    /**
     * A stretch of {@code seconds} at {@code rate}, with markers; waits at most {@code bound} for
     * its words after its last line, and if they are not all out by then, until they are (at most
     * the job's timeout). Its markers' latencies are taken once every word is out.
     */
    private Stretch stretch(PhaseContext run, String what, int rate, int seconds)
            throws IOException, InterruptedException, TimeoutException {
        List<String> lines = workload.fixedRateLines((int) Math.min(Integer.MAX_VALUE, (long) rate * seconds));
        WordCounter counter = WordCounter.countLines(lines);
        run.expect(counter.toMap());
        Map<String, Markers.Sent> before = run.markers().sent();
        run.starting(what, run.wordsSent() + counter.total());
        run.feed().sendAtFixedRate(lines, rate, markerEveryMillis, run.markers());
        Map<String, Markers.Sent> mine = new HashMap<>(run.markers().sent());
        mine.keySet().removeAll(before.keySet());
        boolean drained = true;
        try {
            run.sentAndAwaited(counter.total() + mine.size(), what, bound);
        } catch (TimeoutException fellBehind) {
            drained = false;
            run.sentAndAwaited(0, what + " (catching up)", run.timeout());
        }
        return new Stretch(mine, MarkerLatencies.of(run.watcher().markers(), mine), drained);
    }

    private record Stretch(Map<String, Markers.Sent> markers, MarkerLatencies latencies, boolean drained) {

        /** Its markers' latencies as the report holds them: percentiles, markers sent and found. */
        Latency latency() {
            return latencies.toLatency(markers.size(), new TreeMap<>());
        }
    }

    /** The search, once run. */
    SustainableResult.Search search() {
        return search;
    }

    /** The latency stretch's rate, or null when no rate was kept up with. */
    Integer latencyRate() {
        return latencyRate;
    }

    Latency latency() {
        return latency;
    }

    /** Whether the latency stretch kept up: its words out within the bound, every marker found. */
    boolean latencyKeptUp() {
        return latencyKeptUp;
    }
}
