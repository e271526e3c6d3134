package dev.streamcompare.harness.run;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** One phase of a streaming run (warm-up, max rate, fixed rate): what it sends, and what it waits for. */
public interface Phase {

    /** Its name in progress lines and failures. */
    String name();

    /** The words it adds to the expected totals, known before it runs (markers are added as they are sent). */
    Map<String, Long> expectedCounts();

    /** The words it sends, markers not included. */
    long words();

    /** Sends its input through the run's feed and waits until the job has published it; a job that counts more fails it. */
    void run(PhaseContext run) throws IOException, InterruptedException, TimeoutException, OverCountException;
}
