package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault runs of {@code ./compare.sh --faults}: a job killed with SIGKILL while its input is
 * still arriving and started again on its checkpoint (file and Kafka input, which can be read
 * again, and socket input, which cannot), a producer that fails and comes back, a file written in place.
 * Each counts what the job lost and what it counted twice against the reference counter.
 */
final class FaultRuns {

    private final CompareSettings settings;
    private final Workload workload;
    private final RunContext context;
    private final RunListener progress;

    FaultRuns(ScenarioContext scenario) {
        this.settings = scenario.settings();
        this.workload = scenario.workload();
        this.context = scenario.run();
        this.progress = scenario.listener();
    }

    /**
     * The fault runs of the jobs asked for ({@code --jobs}; by default every run but the Kafka
     * ones) on every engine of the settings: kill and recover for stateful-file, stateful and the
     * Kafka jobs, a broker restart for stateful-kafka, producer failure for socket, a file written
     * in place for file.
     */
    List<FaultResult> all() throws InterruptedException {
        List<Job> jobs = settings.selection().jobs();
        List<FaultResult> results = new ArrayList<>();
        if (jobs.contains(Job.STATEFUL_FILE)) {
            for (Engine engine : settings.selection().engines()) {
                for (Setup setup : settings.selection().faultSetups(engine, Job.STATEFUL_FILE)) {
                    results.add(killAndRecover(Job.STATEFUL_FILE, engine, setup));
                }
            }
        }
        if (jobs.contains(Job.STATEFUL)) {
            for (Engine engine : settings.selection().engines()) {
                for (Setup setup : settings.selection().faultSetups(engine, Job.STATEFUL)) {
                    results.add(!engine.socketSourceRecovers() ? notRun("kill and recover", Identity.of(Job.STATEFUL, engine, setup.variant(), setup.state()),
                            "not run: Structured Streaming's socket source cannot resume a query (its offsets start again at 0 on "
                                    + "the new connection: docs/semantics.md §9)")
                            : killAndRecover(Job.STATEFUL, engine, setup));
                }
            }
        }
        for (Job job : List.of(Job.STATEFUL_KAFKA, Job.KAFKA)) {
            if (jobs.contains(job)) {
                for (Engine engine : settings.selection().engines()) {
                    for (Setup setup : settings.selection().faultSetups(engine, job)) {
                        results.add(killAndRecover(job, engine, setup));
                    }
                }
            }
        }
        if (jobs.contains(Job.STATEFUL_KAFKA)) {
            for (Engine engine : settings.selection().engines()) {
                for (Setup setup : settings.selection().faultSetups(engine, Job.STATEFUL_KAFKA)) {
                    results.add(run(progress, "broker restart", Identity.of(Job.STATEFUL_KAFKA, engine, setup.variant(), setup.state()),
                            events -> BrokerRestart.run(context, Job.STATEFUL_KAFKA, engine, setup, workload.fixedRateLines(faultLines() / 2), events)));
                }
            }
        }
        if (jobs.contains(Job.SOCKET)) {
            for (Engine engine : settings.selection().engines()) {
                results.add(!engine.socketSourceRecovers() ? notRun("producer failure", Identity.of(Job.SOCKET, engine),
                        "not run: Structured Streaming's socket source connects once and never again; what is sent after the "
                                + "server closed is lost (docs/semantics.md §9)")
                        : run(progress, "producer failure", Identity.of(Job.SOCKET, engine), events -> ProducerFailure.run(context, engine, workload.fixedRateLines(faultLines() / 2))));
            }
        }
        if (jobs.contains(Job.FILE)) {
            for (Engine engine : settings.selection().engines()) {
                results.add(run(progress, "file written in place", Identity.of(Job.FILE, engine), events -> FileWrittenInPlace.run(context, engine, workload.fixedRateLines(faultLines() / 4))));
            }
        }
        return results;
    }

    private FaultResult killAndRecover(Job job, Engine engine, Setup setup) throws InterruptedException {
        return run(progress, "kill and recover", Identity.of(job, engine, setup.variant(), setup.state()),
                events -> new KillAndRecover(context, job, engine, setup, workload.fixedRateLines(faultLines()), KillAndRecover.Restart.FROM_CHECKPOINT)
                        .run(events));
    }

    /** A scenario the engine cannot take, by design: reported with why, not failed. */
    private static FaultResult notRun(String fault, Identity identity, String why) {
        return FaultResult.notRun(fault, identity, why);
    }

    private interface FaultScenario {
        FaultResult run(RunEvents events) throws IOException, InterruptedException;
    }

    private FaultResult run(RunListener progress, String fault, Identity identity, FaultScenario scenario) throws InterruptedException {
        try (RunEvents line = progress.runStarted(fault + ": " + identity.job() + " " + identity.engine(), identity)) {
            FaultResult result;
            try {
                result = scenario.run(line);
            } catch (IOException | RuntimeException e) {
                result = FaultResult.failed(fault, identity, "the harness failed: " + e);
            }
            line.finished(result);
            return result;
        }
    }

    /** Lines of input per fault run: the workload's, at most 4 × the seed. */
    private int faultLines() {
        return (int) Math.min(workload.lines(), 4L * workload.seedLineCount());
    }
}
