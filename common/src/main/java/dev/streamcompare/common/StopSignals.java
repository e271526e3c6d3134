package dev.streamcompare.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop a streaming job cleanly. Left to the JVM, a
 * signal ends the process with exit code 130 or 143 while shutdown hooks race the engine's own;
 * handled here, the job stops its engine, closes its outputs and exits 0.
 */
public final class StopSignals implements AutoCloseable {

    private static final String[] SIGNALS = {"INT", "TERM"};

    private final List<SignalHandler> previous;

    private StopSignals(List<SignalHandler> previous) {
        this.previous = previous;
    }

    /**
     * Runs {@code stop} once, in a thread of its own, on the first SIGINT or SIGTERM. Closing the
     * returned registration gives the signals back to whoever handled them before.
     */
    public static StopSignals onStop(String job, Runnable stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        List<SignalHandler> previous = new ArrayList<>();
        for (String name : SIGNALS) {
            previous.add(Signal.handle(new Signal(name), signal -> {
                if (stopping.compareAndSet(false, true)) {
                    System.err.println(job + ": SIG" + signal.getName() + " received, stopping");
                    new Thread(stop, "stop-" + job).start();
                }
            }));
        }
        return new StopSignals(previous);
    }

    @Override
    public void close() {
        for (int i = 0; i < SIGNALS.length; i++) {
            Signal.handle(new Signal(SIGNALS[i]), previous.get(i));
        }
    }
}
