package dev.streamcompare.harness.report;

/**
 * What a run ran under, besides its settings: when, the machine's load around it, the CPUs it was
 * pinned to, the slots or threads its engine got, and the reference measurement its ratio is taken
 * against (the one nearest to it in time).
 *
 * @param startedUtc              when the run began (before its JVM was spawned)
 * @param endedUtc                when it ended (its JVM stopped and its output checked)
 * @param loadAverageAtStart      the 1-minute load average then ({@code /proc/loadavg}), or null
 * @param loadAverageAtEnd        the same at its end, or null
 * @param cpus                    the CPUs its JVMs were pinned to ({@code taskset -c}), or null when not pinned
 * @param slots                   the slots or threads its engine got: {@code parallelism 2, 2 task slots}, {@code local[3]: …}
 * @param reference               the number (from 1) of the reference measurement nearest to it in time, or null
 * @param referenceWordsPerSecond that measurement's rate, or null
 */
public record Conditions(String startedUtc, String endedUtc, Double loadAverageAtStart, Double loadAverageAtEnd, String cpus,
                         String slots, Integer reference, Double referenceWordsPerSecond) {

    /** A run's conditions before the reference nearest to it is known. */
    public static Conditions of(String startedUtc, String endedUtc, Double loadAverageAtStart, Double loadAverageAtEnd,
                                String cpus, String slots) {
        return new Conditions(startedUtc, endedUtc, loadAverageAtStart, loadAverageAtEnd, cpus, slots, null, null);
    }

    /** The same, its ratio taken against measurement {@code number} of rate {@code wordsPerSecond}. */
    public Conditions withReference(Integer number, Double wordsPerSecond) {
        return new Conditions(startedUtc, endedUtc, loadAverageAtStart, loadAverageAtEnd, cpus, slots, number, wordsPerSecond);
    }
}
