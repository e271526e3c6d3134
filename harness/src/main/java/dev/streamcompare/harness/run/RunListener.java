package dev.streamcompare.harness.run;

/** Listens to the runs of a comparison: each run started gets the events of its own. */
@FunctionalInterface
public interface RunListener {

    /** Nobody listens. */
    RunListener NONE = label -> RunEvents.NONE;

    /** A run called {@code label} starts; its events go to what this returns (close it when the run ends). */
    RunEvents runStarted(String label);
}
