package dev.streamcompare.harness.run;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.RunResult;
import java.util.List;

/**
 * What happens during one run, as the run lifecycle publishes it: the phase it is in and the words
 * counted so far, then its verdict. The console's progress line listens; a live view can too.
 */
public interface RunEvents extends AutoCloseable {

    /** Events nobody listens to. */
    RunEvents NONE = (phase, wordsCounted, wordsExpected) -> { };

    /** The run is in {@code phase}, with {@code wordsCounted} of {@code wordsExpected} published. */
    void phase(String phase, long wordsCounted, long wordsExpected);

    /**
     * The run's published batches are seen by {@code watcher}, and its latency markers sent are in
     * {@code markers} (null for a run without markers): for a listener that samples them as they
     * land (the live view), at its own pace and on its own thread, never on the run's.
     */
    default void watching(BatchWatcher watcher, Markers markers) {}

    /** A moment of the run worth marking on its timeline, as it happens: a kill, a restart, the first batch again. */
    default void moment(String what) {}

    /** The run ended with {@code result}. */
    default void finished(RunResult result) {}

    /** The peer ended with {@code result}. */
    default void finished(PeerResult result) {}

    /** A fault run ended with {@code result}. */
    default void finished(FaultResult result) {}

    @Override
    default void close() {}

    /** Events that go to each of {@code events}, in order; closed together. */
    static RunEvents all(List<RunEvents> events) {
        return new RunEvents() {
            @Override
            public void phase(String phase, long wordsCounted, long wordsExpected) {
                events.forEach(e -> e.phase(phase, wordsCounted, wordsExpected));
            }

            @Override
            public void watching(BatchWatcher watcher, Markers markers) {
                events.forEach(e -> e.watching(watcher, markers));
            }

            @Override
            public void moment(String what) {
                events.forEach(e -> e.moment(what));
            }

            @Override
            public void finished(RunResult result) {
                events.forEach(e -> e.finished(result));
            }

            @Override
            public void finished(PeerResult result) {
                events.forEach(e -> e.finished(result));
            }

            @Override
            public void finished(FaultResult result) {
                events.forEach(e -> e.finished(result));
            }

            @Override
            public void close() {
                events.forEach(RunEvents::close);
            }
        };
    }
}
