package dev.streamcompare.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Batch entries published, which JMH reports as a rate (entries/s) beside ops/s. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class EntryRate {

    public long entries;
    /**
     * CPU time of the benchmark thread, in µs, as a rate: µs per wall second, 1,000,000 for a whole
     * core. entries divided by it (per iteration) is entries per CPU-second, the load-robust figure.
     */
    public long cpuMicros;

    @Setup(Level.Iteration)
    public void reset() {
        entries = 0;
        cpuMicros = 0;
    }

    /** Counts {@code n} entries done since {@code cpuStart}, a {@link ThreadCpu#micros} reading. */
    void add(long n, long cpuStart) {
        entries += n;
        cpuMicros += ThreadCpu.micros() - cpuStart;
    }
}
