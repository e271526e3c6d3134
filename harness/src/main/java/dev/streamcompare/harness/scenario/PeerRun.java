package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.feed.SocketFeed;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.run.MonitoredChild;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;

/**
 * One run of the peer: start-up, the whole input at once, then until its printed totals reach
 * split("\\s")'s, or it has been quiet for two windows, or the bound; then its input is closed and it
 * ends by itself at end of stream. Its throughput ends at the output line that last changed its totals.
 */
final class PeerRun {

    /** How long the input may stay closed before the peer, which ends at end of stream, is stopped. */
    private static final Duration END_BOUND = Duration.ofSeconds(30);

    private final String name;
    private final Workload workload;
    private final Map<String, Long> bySplit;
    private final long wordsBySplit;
    private final SocketFeed feed;
    private final RunEvents events;
    private final Peer.Totals totals = new Peer.Totals();
    private String failure;
    private boolean reached;
    private long firstByte = -1;

    PeerRun(String name, Workload workload, Map<String, Long> bySplit, SocketFeed feed, RunEvents events) {
        this.name = name;
        this.workload = workload;
        this.bySplit = bySplit;
        this.wordsBySplit = bySplit.values().stream().mapToLong(Long::longValue).sum();
        this.feed = feed;
        this.events = events;
    }

    Peer.Run run(RunContext context, List<String> command) throws IOException, InterruptedException {
        try (RunningJob child = context.startCommand("socket-flink-peer", command, context.launcher().environment(Engine.FLINK), totals)) {
            Long startupMs = null;
            try {
                events.phase("start-up", 0, wordsBySplit);
                long ready = child.whileAlive(() -> feed.awaitReady(child.timeout()));
                startupMs = ready - child.spawnedMillis();
                events.phase("max rate", 0, wordsBySplit);
                firstByte = feed.sendAtMaxRate(workload);
                awaitCounts(child);
            } catch (TimeoutException e) {
                failure = e.getMessage();
            } catch (IOException e) {
                failure = "the feed failed: " + e.getMessage();
            }
            long lastChangeBeforeClose = totals.lastChangeMillis();
            long totalBeforeClose = totals.total();
            events.phase("stop", totalBeforeClose, wordsBySplit);
            Integer exitCode = endOfStream(child);
            Map<String, Long> counted = totals.counts();
            if (failure == null && totals.total() == 0) {
                failure = "printed no count";
            }
            Double seconds = firstByte < 0 || lastChangeBeforeClose < 0 ? null : (lastChangeBeforeClose - firstByte) / 1000.0;
            return new Peer.Run(result(exitCode, seconds, counted, totalBeforeClose, new Resources(startupMs, child.child().cpuSeconds(),
                    child.child().peakRssBytes()), child.child()), counted);
        }
    }

    /** Until its totals reach split's, it has been quiet for two windows, it died, or the bound. */
    private void awaitCounts(RunningJob child) throws InterruptedException {
        long sent = System.currentTimeMillis();
        long deadline = sent + child.timeout().toMillis();
        long quiet = 2L * Peer.WINDOW_SECONDS * 1000 + 1000;
        while (true) {
            long now = System.currentTimeMillis();
            long counted = totals.total();
            if (counted >= wordsBySplit) {
                reached = true;
                return;
            }
            if (!child.isAlive()) {
                failure = "exited (" + child.exitCode() + ") after printing " + counted + " words; see its log";
                return;
            }
            long last = totals.lastChangeMillis();
            if (last >= 0 && now - Math.max(last, sent) > quiet) {
                return; // it has printed, and nothing more for two windows: that is all it counts
            }
            if (now >= deadline) {
                if (last < 0) {
                    failure = "printed no count within " + child.timeout().toSeconds() + " s of the last byte";
                }
                return;
            }
            events.phase("max rate", counted, wordsBySplit);
            totals.awaitLine(Math.min(500, deadline - now));
        }
    }

    /** Closes its input: the example's job finishes and its JVM exits; stopped if it does not. Its exit code. */
    private Integer endOfStream(RunningJob child) throws IOException, InterruptedException {
        feed.close();
        OptionalInt exit = child.waitFor(END_BOUND);
        if (exit.isPresent()) {
            if (failure == null && exit.getAsInt() != 0) {
                failure = "exited with " + exit.getAsInt() + " at end of stream";
            }
            return exit.getAsInt();
        }
        Integer exitCode = child.stop();
        if (failure == null) {
            failure = "did not end within " + END_BOUND.toSeconds() + " s of the end of its input: stopped";
        }
        return exitCode;
    }

    private PeerResult result(Integer exitCode, Double seconds, Map<String, Long> counted, long totalBeforeClose, Resources resources,
                              MonitoredChild child) {
        long wordsCounted = totals.total();
        return new PeerResult(new PeerResult.Program(name, Peer.MAIN_CLASS, Job.SOCKET),
                new PeerResult.Outcome(failure != null, failure, exitCode),
                // Only when it counted the whole input: a peer that stopped short has no throughput.
                new PeerResult.Timing(seconds == null || seconds <= 0 || !reached ? null : workload.words() / seconds, seconds,
                        Peer.WINDOW_SECONDS, reached),
                new PeerResult.AgainstReference(workload.words(), wordsCounted, wordsCounted - totalBeforeClose,
                        workload.counts().size(), counted.size(), Peer.namingTheEmptyString(Differences.between(workload.counts(), counted))),
                new PeerResult.AgainstSplit(counted.getOrDefault("", 0L), wordsBySplit, counted.equals(bySplit),
                        Peer.namingTheEmptyString(Differences.between(bySplit, counted)), totals.otherLines()),
                resources, child.relativeLog());
    }
}
