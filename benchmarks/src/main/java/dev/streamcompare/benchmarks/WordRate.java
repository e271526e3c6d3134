package dev.streamcompare.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Words split or counted, which JMH reports as a rate (words/s) beside ops/s. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class WordRate {

    public long words;
    /**
     * CPU time of the benchmark thread, in µs, as a rate: µs per wall second, 1,000,000 for a whole
     * core. words divided by it (per iteration) is words per CPU-second, the load-robust figure.
     */
    public long cpuMicros;

    @Setup(Level.Iteration)
    public void reset() {
        words = 0;
        cpuMicros = 0;
    }

    /** Counts {@code n} words done since {@code cpuStart}, a {@link ThreadCpu#micros} reading. */
    void add(long n, long cpuStart) {
        words += n;
        cpuMicros += ThreadCpu.micros() - cpuStart;
    }
}
