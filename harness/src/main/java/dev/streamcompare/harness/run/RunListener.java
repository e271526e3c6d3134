package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.Identity;
import java.util.List;

/** Listens to the runs of a comparison: each run started gets the events of its own. */
@FunctionalInterface
public interface RunListener {

    /** Nobody listens. */
    RunListener NONE = label -> RunEvents.NONE;

    /** A run called {@code label} starts; its events go to what this returns (close it when the run ends). */
    RunEvents runStarted(String label);

    /** A run of {@code identity} called {@code label} starts: for listeners that tell engines apart (by colour, say). */
    default RunEvents runStarted(String label, Identity identity) {
        return runStarted(label);
    }

    /** Every one of {@code listeners} hears every run: each run's events go to all of theirs, in order. */
    static RunListener all(List<RunListener> listeners) {
        return new RunListener() {
            @Override
            public RunEvents runStarted(String label) {
                return RunEvents.all(listeners.stream().map(l -> l.runStarted(label)).toList());
            }

            @Override
            public RunEvents runStarted(String label, Identity identity) {
                return RunEvents.all(listeners.stream().map(l -> l.runStarted(label, identity)).toList());
            }
        };
    }
}
