package dev.streamcompare.harness.report.render;

import static dev.streamcompare.harness.report.render.Format.NONE;

import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import java.util.List;

/** The Kafka broker beside each Kafka job's run: its own JVM, not charged to the job. */
final class BrokerTable {

    private BrokerTable() {}

    /** What the table shows above it. */
    static final String TEXT = "The Kafka broker the Kafka jobs read from runs in a JVM of its own, started for the invocation: "
            + "what it cost during each run is here, not in the job's CPU and RSS. It also serves the harness's producer.";

    /** The runs that measured their broker, a row each; null if none did. */
    static Table of(List<RunResult> runs) {
        List<RunResult> measured = runs.stream().filter(r -> r.broker() != null).toList();
        if (measured.isEmpty()) {
            return null;
        }
        return new Table(List.of("job", "engine", "run", "broker CPU, s", "broker peak RSS, MiB"),
                measured.stream().map(BrokerTable::row).toList());
    }

    private static List<String> row(RunResult run) {
        Resources broker = run.broker();
        return List.of(run.identity().job(), run.identity().engine(), String.valueOf(run.run()),
                broker.cpuSeconds() == null ? NONE : Format.oneDecimal(broker.cpuSeconds()),
                broker.peakRssMiB() == null ? NONE : Format.whole(broker.peakRssMiB()));
    }
}
