package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunEvents;
import java.io.IOException;
import java.util.List;

/**
 * The comparison: the reference rate, the plain-Java baseline, every job on every engine and
 * variant (each run in a child JVM of its own, checked and measured), the peer, and the
 * sustainable-rate search when asked for.
 */
final class ThroughputComparison implements Scenario {

    private ScenarioContext context;
    private int index;
    private int total;

    @Override
    public void run(ScenarioContext context, FindingsBuilder findings) throws IOException, InterruptedException {
        this.context = context;
        Selection selection = context.settings().selection();
        context.console().println("Measuring the reference rate: the reference counter, one thread, input in memory, third pass …");
        context.console().flush();
        findings.referenceRate(context.runner().runReferenceRate());
        total = totalRuns(selection);
        JobRunner runner = context.runner();
        for (int r = 1; selection.baseline() && r <= selection.runs(); r++) {
            int run = r;
            findings.run(measure(Identity.BASELINE, r, events -> runner.runBaseline(run, events)));
        }
        for (Job job : selection.jobs()) {
            for (int r = 1; r <= selection.runs(); r++) {
                for (Engine engine : selection.engines()) {
                    // The batch job has no variants: it is the seed's warm-up exercise, as the seed wrote it.
                    for (Variant variant : job == Job.BATCH ? List.of(Variant.FAITHFUL) : engine.variants(selection.variants())) {
                        int run = r;
                        findings.run(measure(Identity.of(job, engine, variant), r, events -> job == Job.BATCH
                                ? runner.runBatch(engine, run, events) : runner.runStreaming(job, engine, variant, run, events)));
                    }
                }
            }
        }
        // The peer: Flink's own example on the socket job's input, when the socket job runs on flink.
        if (selection.peer() && selection.jobs().contains(Job.SOCKET) && selection.engines().contains(Engine.FLINK)) {
            findings.peer(runPeer());
        }
        for (Job job : context.settings().sustain().find() ? selection.jobs() : List.<Job>of()) {
            for (Engine engine : job == Job.BATCH ? List.<Engine>of() : selection.engines()) {
                for (Variant variant : engine.variants(selection.variants())) {
                    findings.sustainable(SustainableRate.find(context, job, engine, variant));
                }
            }
        }
    }

    private static int totalRuns(Selection selection) {
        long streamingJobs = selection.jobs().stream().filter(job -> job != Job.BATCH).count();
        int runsPerJob = selection.engines().stream().mapToInt(e -> e.variants(selection.variants()).size()).sum();
        return (selection.baseline() ? selection.runs() : 0) + (int) (selection.runs()
                * ((selection.jobs().size() - streamingJobs) * selection.engines().size() + streamingJobs * runsPerJob));
    }

    /** One run of the comparison. */
    private interface Measurement {
        RunResult run(RunEvents events) throws IOException, InterruptedException;
    }

    /** Makes one run; an unexpected error is a failed run of the report, and the comparison goes on. */
    private RunResult measure(Identity identity, int run, Measurement measurement) throws InterruptedException {
        String label = String.format("[%d/%d] %s %s run %d/%d", ++index, total, identity.job(), identity.engine(), run,
                context.settings().selection().runs());
        try (RunEvents events = context.listener().runStarted(label)) {
            RunResult result;
            try {
                result = measurement.run(events);
            } catch (IOException | RuntimeException e) {
                result = RunResult.failed(identity, run, "the harness failed: " + e);
            }
            events.finished(result);
            return result;
        }
    }

    /** Runs the peer once; an unexpected error is a failed peer, and the comparison goes on. Null if not run. */
    private PeerResult runPeer() throws InterruptedException {
        String name = Peer.name(context.build().flinkVersion());
        long words = context.workload().words();
        int distinct = context.workload().counts().size();
        try (RunEvents events = context.listener().runStarted("[peer] socket " + name)) {
            PeerResult result;
            try {
                Peer.Run run = Peer.run(name, context, events);
                if (run == null) {
                    context.console().println("[peer] not run: the jobs run on a Flink cluster, or by a launcher without the peer");
                    return null;
                }
                result = run.result();
            } catch (BadInputException e) {
                result = PeerResult.failed(name, Peer.MAIN_CLASS, Peer.WINDOW_SECONDS, e.getMessage(), words, distinct);
            } catch (IOException | RuntimeException e) {
                result = PeerResult.failed(name, Peer.MAIN_CLASS, Peer.WINDOW_SECONDS, "the harness failed: " + e, words, distinct);
            }
            events.finished(result);
            return result;
        }
    }
}
