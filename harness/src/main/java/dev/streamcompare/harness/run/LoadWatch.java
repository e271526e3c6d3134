package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.Report;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The machine's load average through a whole comparison: read when it begins, every
 * {@link #EVERY} while it runs (on a daemon thread of its own), and when it ends.
 */
public final class LoadWatch implements AutoCloseable {

    /** How often the load average is read: it is a one-minute average, so a few seconds miss no peak of it. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final Supplier<Double> load;
    private final Double atStart;
    private final ScheduledExecutorService sampler;
    private Double max;

    private LoadWatch(Supplier<Double> load, Duration every) {
        this.load = load;
        this.atStart = load.get();
        this.max = atStart;
        this.sampler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "load-average");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sample, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts watching {@code /proc/loadavg} ({@link LoadAverage#now()}). */
    public static LoadWatch start() {
        return start(LoadAverage::now, EVERY);
    }

    /** Starts watching {@code load}, read every {@code every} (tests). */
    static LoadWatch start(Supplier<Double> load, Duration every) {
        return new LoadWatch(load, every);
    }

    private synchronized void sample() {
        max = higher(max, load.get());
    }

    /** Stops the watch and reads the load average once more: the load at the start, at the end, and the highest read. */
    public Report.Load stop() {
        close();
        Double atEnd = load.get();
        synchronized (this) {
            max = higher(max, atEnd);
            return new Report.Load(atStart, atEnd, max);
        }
    }

    private static Double higher(Double a, Double b) {
        return Stream.of(a, b).filter(Objects::nonNull).max(Double::compare).orElse(null);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
