package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.run.FixedRate;
import dev.streamcompare.harness.run.RunSettings;
import java.nio.file.Path;

/**
 * What one invocation of {@code ./compare.sh} runs and how: the same for every engine.
 *
 * @param selection   engines, variants, jobs, baseline, peer, runs
 * @param run         how each run is set up (heap, cores, batch interval, timeout …)
 * @param fixedRate   the fixed-rate phase
 * @param repeat      the max-rate input: the seed text this many times
 * @param warmUp      copies of the seed sent before the max-rate phase, not timed (0: none)
 * @param mode        the comparison, or a run of its own instead (faults, soak, scaling)
 * @param soakMinutes length of each soak run (0 unless {@link Mode#SOAK})
 * @param sustain     the sustainable-rate search
 * @param workDir     where the runs' folders go, or null for a temporary folder
 * @param kafka       the Kafka jobs' broker and topics
 */
public record CompareSettings(Selection selection, RunSettings run, FixedRate fixedRate, int repeat, int warmUp, Mode mode,
                              int soakMinutes, Sustain sustain, Path workDir, Kafka kafka) {

    /**
     * The Kafka jobs' broker and topics.
     *
     * @param bootstrap  the broker ({@code HOST:PORT}), or null to start one when a Kafka job is asked for
     * @param partitions partitions of each run's topic, or null for one per core
     */
    public record Kafka(String bootstrap, Integer partitions) {}

    /** The broker given, or null. */
    public String bootstrap() {
        return kafka.bootstrap();
    }

    /** Partitions of each run's topic: as asked, else one per core. */
    public int kafkaPartitions() {
        return kafka.partitions() != null ? kafka.partitions() : run.cores();
    }

    /** Whether a Kafka job is asked for: the invocation needs a broker. */
    public boolean needsKafka() {
        return selection.jobs().stream().anyMatch(dev.streamcompare.harness.report.Job::readsKafka);
    }
}
