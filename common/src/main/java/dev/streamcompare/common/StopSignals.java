package dev.streamcompare.common;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop a streaming job cleanly. Left to the JVM, a
 * signal ends the process with exit code 130 or 143 while shutdown hooks race the engine's own;
 * handled here, the job stops its engine, closes its outputs and exits 0.
 */
public final class StopSignals {

    private StopSignals() {}

    /** Runs {@code stop} once, in a thread of its own, on the first SIGINT or SIGTERM. */
    public static void onStop(String job, Runnable stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                if (stopping.compareAndSet(false, true)) {
                    System.err.println(job + ": SIG" + signal.getName() + " received, stopping");
                    Thread stopper = new Thread(stop, "stop-" + job);
                    stopper.start();
                }
            });
        }
    }
}
