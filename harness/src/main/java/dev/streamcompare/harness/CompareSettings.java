package dev.streamcompare.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What one comparison runs and how: the same for every engine. */
record CompareSettings(List<Engine> engines, List<Job> jobs, boolean baseline, int runs, int repeat,
                       int rateLinesPerSecond, int fixedSeconds, long markerEveryMillis, String heap,
                       int cores, int batchSeconds, Duration timeout, int batchTop,
                       boolean findSustainable, int sustainSeconds, int sustainProbes, String bind, Path workDir) {

    /** JVM options of every child: the same heap for all. */
    List<String> jvmOptions() {
        return List.of("-Xmx" + heap, "-Xms" + heap);
    }
}
