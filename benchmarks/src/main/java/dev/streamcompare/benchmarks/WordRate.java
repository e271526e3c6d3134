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

    @Setup(Level.Iteration)
    public void reset() {
        words = 0;
    }
}
