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
 * @param batchMillis  batch interval of every streaming job, ms
 * @param timeout      bound of every wait
 * @param batchTop     the batch job's top N, checked against the reference
 * @param bind         where the socket feed listens, and the host the socket jobs connect to
 * @param profile      record each streaming run with Java Flight Recorder
 * @param preTouch     touch the whole heap at start (soak runs: RSS growth is then growth outside the heap)
 * @param inputFiles   files the max-rate input is cut into for the file jobs
 * @param flinkBufferMs the Flink jobs' network buffer timeout ({@code --buffer-ms}), or null for Flink's default
 */
public record RunSettings(String heap, int cores, long batchMillis, Duration timeout, int batchTop, String bind,
                          boolean profile, boolean preTouch, int inputFiles, Integer flinkBufferMs) {

    /** Settings with Flink's default buffer timeout. */
    public RunSettings(String heap, int cores, long batchMillis, Duration timeout, int batchTop, String bind, boolean profile,
                       boolean preTouch, int inputFiles) {
        this(heap, cores, batchMillis, timeout, batchTop, bind, profile, preTouch, inputFiles, null);
    }

    /** The same settings with {@code newCores} cores for every engine. */
    public RunSettings withCores(int newCores) {
        return new RunSettings(heap, newCores, batchMillis, timeout, batchTop, bind, profile, preTouch, inputFiles, flinkBufferMs);
    }

    /** The same settings with batches of {@code millis} ms, and Flink's buffer timeout {@code bufferMs} (null: its default). */
    public RunSettings withBatchMillis(long millis, Integer bufferMs) {
        return new RunSettings(heap, cores, millis, timeout, batchTop, bind, profile, preTouch, inputFiles, bufferMs);
    }

    /** The batch interval as a bound: {@code batches} intervals. */
    public Duration batches(int batches) {
        return Duration.ofMillis(batches * batchMillis);
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
