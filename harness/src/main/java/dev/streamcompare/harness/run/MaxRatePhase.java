package dev.streamcompare.harness.run;

import dev.streamcompare.harness.feed.Workload;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The whole of a workload as fast as the job takes it, until the job's totals hold exactly the
 * words sent (more fails the run). Timed: the max-rate phase, its figure from the batch files'
 * publish log ({@link MaxRateThroughput}) and its CPU and RSS. Untimed: the warm-up before it, so
 * that the JIT compiles the job's hot loop before the clock starts, as the reference rate's two
 * passes before the timed one do for the reference counter.
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
    public void run(PhaseContext run) throws IOException, InterruptedException, TimeoutException, OverCountException {
        run.starting(name(), workload.words());
        PhaseContext.MaxRateStart start = timed ? run.maxRateStarts() : null;
        long firstByte = run.feed().sendAtMaxRate(workload);
        run.sentAndAwaitedExactly(workload.words(), name(), run.timeout());
        if (timed) {
            run.maxRate(start, workload.words(), firstByte);
        }
    }
}
