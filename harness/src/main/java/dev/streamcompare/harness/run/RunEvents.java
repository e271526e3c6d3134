package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.RunResult;

/**
 * What happens during one run, as the run lifecycle publishes it: the phase it is in and the words
 * counted so far, then its verdict. The console's progress line listens; a live view can too.
 */
public interface RunEvents extends AutoCloseable {

    /** Events nobody listens to. */
    RunEvents NONE = (phase, wordsCounted, wordsExpected) -> { };

    /** The run is in {@code phase}, with {@code wordsCounted} of {@code wordsExpected} published. */
    void phase(String phase, long wordsCounted, long wordsExpected);

    /** The run ended with {@code result}. */
    default void finished(RunResult result) {}

    /** The peer ended with {@code result}. */
    default void finished(PeerResult result) {}

    /** A fault run ended with {@code result}. */
    default void finished(FaultResult result) {}

    @Override
    default void close() {}
}
