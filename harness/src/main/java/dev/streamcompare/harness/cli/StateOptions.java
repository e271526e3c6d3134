package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.scenario.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --state}: the state backends the stateful jobs run on, each a row of its own; {@code --distinct}: how large their state grows. */
final class StateOptions {

    @Option(names = "--state", split = ",", paramLabel = "S,...",
            description = "State backends of the stateful jobs, each a row of its own (labelled, e.g. flink-rocksdb): hashmap, "
                    + "rocksdb, forst (Flink), hdfs, rocksdb (Structured Streaming), rdd (Spark DStreams), or all: each engine's "
                    + "every one. An engine runs those it has and skips the job if none. Default: each engine's own default, "
                    + "unlabelled. In the comparison and with --faults.")
    List<String> names = List.of();

    @Option(names = "--distinct", paramLabel = "N",
            description = "Large state: the input is generated words, N distinct (each --repeat times), instead of the seed text; "
                    + "the stateful jobs publish the words that changed each batch (--changes) and their final state is checked. "
                    + "The comparison only, with stateful jobs.")
    Integer distinct;

    /** {@code --distinct N}, or 0 for the seed text; refused outside the comparison, without a stateful job, or below 1. */
    int distinct(Mode mode, List<Job> jobs) {
        if (distinct == null) {
            return 0;
        }
        if (distinct < 1) {
            throw new BadInputException("--distinct must be at least 1, got " + distinct);
        }
        if (mode != Mode.COMPARE) {
            throw new BadInputException("--distinct is taken by the comparison only");
        }
        if (jobs.stream().noneMatch(Job::stateful)) {
            throw new BadInputException("--distinct needs a stateful job among --jobs (stateful, stateful-file, stateful-kafka)");
        }
        return distinct;
    }

    /** The backends asked for (empty: each engine's default); refused outside the comparison and the fault runs, or without a stateful job. */
    List<StateBackend> backends(Mode mode, List<Job> jobs) {
        if (names.isEmpty()) {
            return List.of();
        }
        if (mode != Mode.COMPARE && mode != Mode.FAULTS) {
            throw new BadInputException("--state is taken by the comparison and --faults only");
        }
        if (jobs.stream().noneMatch(Job::stateful)) {
            throw new BadInputException("--state needs a stateful job among --jobs (stateful, stateful-file, stateful-kafka)");
        }
        if (names.size() == 1 && names.get(0).equalsIgnoreCase("all")) {
            return Arrays.asList(StateBackend.values());
        }
        List<StateBackend> backends = new ArrayList<>();
        for (String name : names) {
            StateBackend backend = StateBackend.parse(name.trim());
            if (!backends.contains(backend)) {
                backends.add(backend);
            }
        }
        return backends;
    }
}
