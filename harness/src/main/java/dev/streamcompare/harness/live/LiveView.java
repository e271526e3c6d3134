package dev.streamcompare.harness.live;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.render.EngineColours;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunListener;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live view of a comparison: a page on loopback showing, as it happens, the plan and where the
 * run is, each run's words per second and marker latencies as they land, the moments of a fault
 * run, each run's verdict, and at the end the finished report. It listens to the runs' events and
 * samples their published batches once a second on a thread of its own; nothing it does is on a
 * measured path, and its CPU is the harness's, which the report records.
 */
public final class LiveView implements RunListener, AutoCloseable {

    /** How long the end waits for a page that is watching to fetch the finished report. */
    static final long REPORT_GRACE_MILLIS = 5000;

    private final LiveLog log = new LiveLog();
    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private final LiveServer server;
    private final List<LiveRun> running = new CopyOnWriteArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final ScheduledExecutorService clock;

    private LiveView(int port) throws IOException {
        this.server = LiveServer.start(port, log, session);
        this.clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "live-view-clock");
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleAtFixedRate(this::sample, LiveServer.PUSH_MILLIS, LiveServer.PUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Serves the live page on loopback at {@code port}, or at another port if that one is taken (0: any). */
    public static LiveView start(int port) throws IOException {
        return new LiveView(port);
    }

    /** The page's address. */
    public URI url() {
        return server.url();
    }

    /** What is about to run: the command, the mode, the jobs and engines, and the runs of each. */
    public void plan(String command, String mode, List<String> jobs, List<String> engines, int runsEach) {
        log.add(event("plan", "session", session, "command", command, "mode", mode, "jobs", jobs, "engines", engines, "runs", runsEach));
    }

    /** Everything ran: the report is in {@code folder}; {@code passed} as the report says. */
    public void finished(Path folder, boolean passed) {
        server.report(folder.resolve("report.html"));
        log.add(event("done", "passed", passed, "report", "report/report.html", "folder", folder.getFileName().toString()));
    }

    @Override
    public RunEvents runStarted(String label) {
        return started(label, null);
    }

    @Override
    public RunEvents runStarted(String label, Identity identity) {
        return started(label, identity);
    }

    private RunEvents started(String label, Identity identity) {
        int id = runs.incrementAndGet();
        log.add(event("run", "run", id, "label", label, "job", identity == null ? "" : identity.job(),
                "engine", identity == null ? "peer" : identity.engine(), // the one run without an identity
                "colour", identity == null ? EngineColours.PEER : EngineColours.hex(identity.engine())));
        LiveRun[] run = new LiveRun[1];
        run[0] = new LiveRun(id, log, () -> running.remove(run[0]));
        running.add(run[0]);
        return run[0];
    }

    private void sample() {
        try {
            running.forEach(LiveRun::sample);
        } catch (RuntimeException e) {
            // a run that ends while sampled: the next sample sees it ended
        }
    }

    /**
     * Stops the page: a last sample, then, if the report is ready, a few seconds for a page still
     * watching to fetch it (no page, no wait).
     */
    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        sample();
        long deadline = System.currentTimeMillis() + REPORT_GRACE_MILLIS;
        while (server.watching() > 0 && server.hasReport() && server.reportsServed() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        server.close();
    }

    private static Map<String, Object> event(String type, Object... fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("t", System.currentTimeMillis());
        for (int i = 0; i < fields.length; i += 2) {
            event.put((String) fields[i], fields[i + 1]);
        }
        return event;
    }
}
