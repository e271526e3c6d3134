package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What one comparison runs and how: the same for every engine. */
public record CompareSettings(List<Engine> engines, List<Variant> variants, List<Job> jobs, boolean baseline, int runs, int repeat, int warmUp,
                       int rateLinesPerSecond, int fixedSeconds, long markerEveryMillis, String heap,
                       int cores, int batchSeconds, Duration timeout, int batchTop,
                       boolean findSustainable, int sustainSeconds, int sustainProbes, boolean faults,
                       int soakMinutes, boolean scaling, boolean profile, String bind, Path workDir, boolean peer) {

    /** The same settings with {@code newCores} cores for every engine. */
    CompareSettings withCores(int newCores) {
        return new CompareSettings(engines, variants, jobs, baseline, runs, repeat, warmUp, rateLinesPerSecond, fixedSeconds,
                markerEveryMillis, heap, newCores, batchSeconds, timeout, batchTop, findSustainable, sustainSeconds, sustainProbes,
                faults, soakMinutes, scaling, profile, bind, workDir, peer);
    }

    /**
     * JVM options of every child: the same heap for all. A soak touches the whole heap at start,
     * so that RSS over the run shows growth outside the heap rather than the heap being touched
     * for the first time; a heap that fills up shows as GC pauses in latency, or as a failure.
     */
    public List<String> jvmOptions() {
        return soakMinutes > 0 ? List.of("-Xmx" + heap, "-Xms" + heap, "-XX:+AlwaysPreTouch") : List.of("-Xmx" + heap, "-Xms" + heap);
    }
}
