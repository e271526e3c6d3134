package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.harness.scenario.CompareSettings;
import picocli.CommandLine.Option;

/** The Kafka broker the comparison's Kafka jobs read from, if the user runs one, and their topics' partitions. */
final class KafkaBrokerOption {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "The Kafka broker of the Kafka jobs (default: one started for the invocation with cluster/start "
                    + "kafka, on free loopback ports, and stopped at its end). Each run makes a topic of its own on it.")
    String bootstrap;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of each Kafka run's topic (default: one per core, --cores).")
    Integer partitions;

    /** The settings given, checked: a null address when none is (the comparison starts a broker when it needs one). */
    CompareSettings.Kafka settings() {
        if (bootstrap != null && !bootstrap.matches("[^,:\\s]+:\\d{1,5}(,[^,:\\s]+:\\d{1,5})*")) {
            throw new BadInputException("--bootstrap must be HOST:PORT[,HOST:PORT...], got '" + bootstrap + "'");
        }
        if (partitions != null && partitions < 1) {
            throw new BadInputException("--partitions must be at least 1, got " + partitions);
        }
        return new CompareSettings.Kafka(bootstrap, partitions);
    }
}
