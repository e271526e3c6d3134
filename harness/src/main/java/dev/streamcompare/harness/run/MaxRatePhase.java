package dev.streamcompare.harness.run;

import dev.streamcompare.harness.feed.Workload;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The whole of a workload as fast as the job takes it. Timed: the max-rate phase, words / (publish
 * time of the batch file that completes the phase's totals − first byte offered). Untimed: the
 * warm-up before it, so that the JIT compiles the job's hot loop before the clock starts, as the
 * reference rate's two passes before the timed one do for the reference counter.
 */
public record MaxRatePhase(Workload workload, boolean timed) implements Phase {

    /** The timed max-rate phase. */
    public static MaxRatePhase timed(Workload workload) {
        return new MaxRatePhase(workload, true);
    }

    /** The untimed warm-up. */
    public static MaxRatePhase warmUp(Workload workload) {
        return new MaxRatePhase(workload, false);
    }

    @Override
    public String name() {
        return timed ? "max rate" : "warm-up";
    }

    @Override
    public Map<String, Long> expectedCounts() {
        return workload.counts();
    }

    @Override
    public long words() {
        return workload.words();
    }

    @Override
    public void run(PhaseContext run) throws IOException, InterruptedException, TimeoutException {
        run.starting(name(), workload.words());
        int batchesBefore = run.watcher().batches();
        long firstByte = run.feed().sendAtMaxRate(workload);
        long completed = run.sentAndAwaited(workload.words(), name(), run.timeout());
        if (timed) {
            run.maxRate(workload.words(), firstByte, completed, run.watcher().batches() - batchesBefore);
        }
    }
}
