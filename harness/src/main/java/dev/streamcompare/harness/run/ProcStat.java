package dev.streamcompare.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What Linux's /proc says of one process: CPU time and resident memory. Linux only.
 */
final class ProcStat {

    /** Clock ticks per second of /proc/[pid]/stat's times: USER_HZ, 100 on every Linux port in use. */
    static final long TICKS_PER_SECOND = 100;

    private ProcStat() {}

    /**
     * CPU ticks of a process from the text of /proc/[pid]/stat: its own user and system time
     * plus that of the children it has waited for (fields 14–17). The command name (field 2)
     * may hold spaces and parentheses, so fields are counted from its closing parenthesis.
     */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state): utime is field 14, at index 11.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    /** CPU ticks of the process itself only (fields 14–15), without the children it has waited for. */
    static long ownCpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Own CPU ticks of this JVM. */
    static long ownCpuTicksOfThisProcess() {
        try {
            return ownCpuTicks(Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    /** Resident set size in bytes from the text of /proc/[pid]/status (VmRSS, in kB). */
    static long rssBytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
            }
        }
        return 0; // a zombie, or a kernel thread
    }

    /** CPU ticks of a live process, or empty when it is gone. */
    static OptionalLong cpuTicks(long pid) {
        try {
            return OptionalLong.of(cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException gone) {
            return OptionalLong.empty();
        }
    }

    /** RSS of a live process, or 0 when it is gone. */
    static long rssBytes(long pid) {
        try {
            return rssBytes(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
