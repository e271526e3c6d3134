package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A window on a process tree's figures: the CPU spent and the peak RSS between its opening and its closing only. */
@Timeout(60)
class ProcessTreeMonitorTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Spends {@code millis} of this thread's CPU, however busy the machine is. */
    private static long burn(long millis) {
        long until = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000L;
        long sum = 0;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 100_000; i++) {
                sum += i ^ sum;
            }
        }
        return sum;
    }

    @Test
    void aWindowCountsTheCpuSpentWhileItWasOpenAndNotBefore() {
        try (ProcessTreeMonitor monitor = ProcessTreeMonitor.start(ProcessHandle.current())) {
            burn(1_000);
            ProcessTreeMonitor.Window window = monitor.window();
            burn(300);
            window.close();

            assertThat(window.cpuSeconds()).as("this thread's 0.3 s, and what the JVM's other threads spent meanwhile, "
                    + "not the 1 s before it opened").isBetween(0.28, 1.0);
            assertThat(window.peakRssBytes()).isPositive().isLessThanOrEqualTo(monitor.peakRssBytes());
        }
    }
}
