package dev.streamcompare.harness.report;

import java.util.List;

/** What one fault run found. Lost and doubled are word occurrences, summed over words. */
public record FaultResult(String fault, String job, String engine, boolean expectExact, long wordsExpected, long wordsCounted,
              long lost, long doubled, List<Long> killedAfterCheckpointMillis, List<Long> recoveryMillis,
              Long checkpointBytes, String outcome, String failure, List<String> logs) {

    /** Whether the run went as it must: exact counts where the input can be replayed, else no failure of the harness. */
    public boolean passed() {
        return failure == null && (!expectExact || lost == 0 && doubled == 0);
    }
}
