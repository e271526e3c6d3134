package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    @Test
    void cpuTicksAreUserSystemAndWaitedForChildrenAlsoWithParenthesesInTheName() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 1200 300 45 5 20 0 30 0 12345 0 0";
        assertThat(ProcStat.cpuTicks(stat)).isEqualTo(1200 + 300 + 45 + 5);
    }

    @Test
    void rssIsVmRssInBytes() {
        String status = "Name:\tjava\nVmPeak:\t 9999 kB\nVmRSS:\t  123456 kB\nThreads:\t42\n";
        assertThat(ProcStat.rssBytes(status)).isEqualTo(123456L * 1024);
        assertThat(ProcStat.rssBytes("Name:\tzombie\nState:\tZ (zombie)\n")).isZero();
    }

    @Test
    void aChildIsChargedForTheCpuOfABusyGrandchild() throws Exception {
        // bash -> timeout -> sh: the grandchild spins for 2 s and ends; bash lives on for a second.
        Process bash = new ProcessBuilder("bash", "-c", "timeout 2 sh -c 'while :; do :; done'; sleep 1").start();
        try (ProcessTreeMonitor monitor = ProcessTreeMonitor.start(bash.toHandle())) {
            bash.waitFor();
            Thread.sleep(2 * ProcessTreeMonitor.INTERVAL_MILLIS); // let a last sample land (bounded)
            // bash, timeout and sleep themselves use a few ms; the spinning grandchild up to 2 s
            // (less on a loaded machine, which shares its cores).
            assertThat(monitor.cpuSeconds()).as("CPU of the tree").isGreaterThan(0.25);
            assertThat(monitor.peakRssBytes()).isPositive();
        }
        assertThat(bash.exitValue()).isZero();
    }
}
