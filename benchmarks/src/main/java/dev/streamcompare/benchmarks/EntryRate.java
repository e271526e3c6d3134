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

    @Setup(Level.Iteration)
    public void reset() {
        entries = 0;
    }
}
