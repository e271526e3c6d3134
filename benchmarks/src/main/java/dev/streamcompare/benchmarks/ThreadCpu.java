package dev.streamcompare.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the benchmark thread. On a machine shared with other work, wall-clock rates swing
 * with the load; items per CPU-second of this thread do much less (GC threads are not in it).
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {}

    /** This thread's CPU time, in microseconds. */
    static long micros() {
        return THREADS.getCurrentThreadCpuTime() / 1000;
    }
}
