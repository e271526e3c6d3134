package dev.streamcompare.harness.run;

import java.time.Duration;
import java.util.List;

/**
 * How every run is set up, the same for every engine: the child JVM's heap and cores, the batch
 * interval, the bound of every wait, the batch job's top N, where the socket feed listens, and the
 * recording options.
 *
 * @param heap         every child JVM's heap ({@code -Xmx} and {@code -Xms})
 * @param cores        cores every engine may use
 * @param batchSeconds batch interval of every streaming job
 * @param timeout      bound of every wait
 * @param batchTop     the batch job's top N, checked against the reference
 * @param bind         where the socket feed listens, and the host the socket jobs connect to
 * @param profile      record each streaming run with Java Flight Recorder
 * @param preTouch     touch the whole heap at start (soak runs: RSS growth is then growth outside the heap)
 * @param inputFiles   files the max-rate input is cut into for the file jobs
 */
public record RunSettings(String heap, int cores, int batchSeconds, Duration timeout, int batchTop, String bind,
                          boolean profile, boolean preTouch, int inputFiles) {

    /** The same settings with {@code newCores} cores for every engine. */
    public RunSettings withCores(int newCores) {
        return new RunSettings(heap, newCores, batchSeconds, timeout, batchTop, bind, profile, preTouch, inputFiles);
    }

    /**
     * JVM options of every child: the same heap for all. A soak touches the whole heap at start,
     * so that RSS over the run shows growth outside the heap rather than the heap being touched
     * for the first time; a heap that fills up shows as GC pauses in latency, or as a failure.
     */
    public List<String> jvmOptions() {
        return preTouch ? List.of("-Xmx" + heap, "-Xms" + heap, "-XX:+AlwaysPreTouch") : List.of("-Xmx" + heap, "-Xms" + heap);
    }
}
