package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import picocli.CommandLine.Option;

/** The Kafka broker the comparison's Kafka jobs read from, if the user runs one. */
final class KafkaBrokerOption {

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "The Kafka broker of the Kafka jobs (default: one started for the invocation with cluster/start "
                    + "kafka, on free loopback ports, and stopped at its end). Each run makes a topic of its own on it.")
    String bootstrap;

    /** The address given, checked; null when none is (the comparison starts a broker when it needs one). */
    String bootstrap() {
        if (bootstrap != null && !bootstrap.matches("[^,:\\s]+:\\d{1,5}(,[^,:\\s]+:\\d{1,5})*")) {
            throw new BadInputException("--bootstrap must be HOST:PORT[,HOST:PORT...], got '" + bootstrap + "'");
        }
        return bootstrap;
    }
}
