package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Conditions;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.ReferenceMeasurement;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.LoadAverage;
import dev.streamcompare.harness.run.RunEvents;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison: the reference rate, the plain-Java baseline, every job on every engine and
 * variant (each run in a child JVM of its own, checked and measured), the peer, and the
 * sustainable-rate search when asked for. The reference rate is measured before the first run and
 * again after each round (one run of a job on every engine and variant), so that each run's ratio
 * is taken against a measurement minutes away at most; each run records the load average around
 * it, its CPUs and its engine's slots.
 */
final class ThroughputComparison implements Scenario {

    private ScenarioContext context;
    private FindingsBuilder findings;
    private int index;
    private int total;
    private int references;
    private int referencesTotal;
    private final Map<Engine, Boolean> onCluster = new EnumMap<>(Engine.class);

    @Override
    public void run(ScenarioContext context, FindingsBuilder findings) throws IOException, InterruptedException {
        this.context = context;
        this.findings = findings;
        Selection selection = context.settings().selection();
        total = totalRuns(selection);
        referencesTotal = 1 + selection.jobs().size() * selection.runs();
        measureReference("before the first run");
        JobRunner runner = context.runner();
        for (int r = 1; selection.baseline() && r <= selection.runs(); r++) {
            int run = r;
            findings.run(measure(Identity.BASELINE, r, "1 thread", events -> runner.runBaseline(run, events)));
        }
        for (Job job : selection.jobs()) {
            for (int r = 1; r <= selection.runs(); r++) {
                round(job, r);
                measureReference("after " + job + ", round " + r + " of " + selection.runs());
            }
        }
        // The peer: Flink's own example on the socket job's input, when the socket job runs on flink.
        if (selection.peer() && selection.jobs().contains(Job.SOCKET) && selection.engines().contains(Engine.FLINK)) {
            findings.peer(runPeer());
        }
        for (Job job : context.settings().sustain().find() ? selection.jobs() : List.<Job>of()) {
            for (Engine engine : job == Job.BATCH ? List.<Engine>of() : selection.engines()) {
                for (Setup setup : selection.setups(engine, job)) {
                    findings.sustainable(SustainableRate.find(context, job, engine, setup));
                }
            }
        }
    }

    /** Run {@code r} of {@code job} on every engine and variant. */
    private void round(Job job, int r) throws InterruptedException {
        Selection selection = context.settings().selection();
        JobRunner runner = context.runner();
        for (Engine engine : selection.engines()) {
            // The batch job has no variants: it is the seed's warm-up exercise, as the seed wrote it (Selection.setups).
            for (Setup setup : selection.setups(engine, job)) {
                Variant variant = setup.variant();
                findings.run(measure(Identity.of(job, engine, variant, setup.state()), r, slots(job, engine, variant), events -> job == Job.BATCH
                        ? runner.runBatch(engine, r, events) : runner.runStreaming(job, engine, setup, r, events)));
            }
        }
    }

    /** A measurement of the reference rate, {@code when} in the comparison, into the findings and on the console. */
    private void measureReference(String when) throws IOException, InterruptedException {
        context.console().printf("Measuring the reference rate (%d/%d, %s): the reference counter, one thread, input in memory, "
                + "third pass … ", ++references, referencesTotal, when);
        context.console().flush();
        ReferenceMeasurement measurement = context.runner().runReferenceRate(references, when);
        context.console().println(measurement.measured()
                ? String.format(Locale.ROOT, "%.2f M words/s, load average %s, %.1f s", measurement.wordsPerSecond() / 1e6,
                measurement.loadAverage() == null ? "unknown" : String.format(Locale.ROOT, "%.2f", measurement.loadAverage()),
                measurement.seconds()) : "failed: see " + measurement.log());
        findings.reference(measurement);
    }

    /** The slots or threads {@code engine} gives the job: the engine's own on a cluster. */
    private String slots(Job job, Engine engine, Variant variant) {
        boolean cluster = onCluster.computeIfAbsent(engine, e -> !context.runner().context().launcher().describe(e).isEmpty());
        return cluster ? "the cluster's (see its settings)" : engine.slots(job, variant, context.settings().run().cores());
    }

    private static int totalRuns(Selection selection) {
        int perRound = 0;
        for (Job job : selection.jobs()) {
            for (Engine engine : selection.engines()) {
                perRound += selection.setups(engine, job).size();
            }
        }
        return (selection.baseline() ? selection.runs() : 0) + selection.runs() * perRound;
    }

    /** One run of the comparison. */
    private interface Measurement {
        RunResult run(RunEvents events) throws IOException, InterruptedException;
    }

    /**
     * Makes one run, with its conditions: the load average at its start and end, its CPUs and
     * {@code slots}. An unexpected error is a failed run of the report, and the comparison goes on.
     */
    private RunResult measure(Identity identity, int run, String slots, Measurement measurement) throws InterruptedException {
        String label = String.format("[%d/%d] %s %s run %d/%d", ++index, total, identity.job(), identity.engine(), run,
                context.settings().selection().runs());
        try (RunEvents events = context.listener().runStarted(label, identity)) {
            Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Double loadAtStart = LoadAverage.now();
            RunResult result;
            try {
                result = measurement.run(events);
            } catch (IOException | RuntimeException e) {
                result = RunResult.failed(identity, run, "the harness failed: " + e);
            }
            result = result.withConditions(Conditions.of(started.toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                    loadAtStart, LoadAverage.now(),
                    context.runner().context().pinning().cpus(), slots));
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
