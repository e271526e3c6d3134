package dev.streamcompare.harness.report.diff;

import dev.streamcompare.harness.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether two reports' figures can be compared at all: measured on the same machine (CPU model, cores,
 * memory) from the same input (its SHA-256 and repeat count). Figures from another machine or input
 * differ for reasons no noise band covers.
 */
final class Comparability {

    /**
     * Memory within this share, in %, counts as the same machine's: the kernel's {@code MemTotal} moves by
     * a few MiB from one kernel or boot to the next, on the same hardware.
     */
    static final double MEMORY_TOLERANCE_PERCENT = 2;

    private Comparability() {}

    /** What differs between the machines and inputs of {@code old} and {@code now}, a phrase each; empty when nothing does. */
    static List<String> mismatches(Report old, Report now) {
        List<String> mismatches = new ArrayList<>();
        Report.Machine a = old.setup() == null ? null : old.setup().machine();
        Report.Machine b = now.setup() == null ? null : now.setup().machine();
        if (a == null || b == null) {
            mismatches.add((a == null ? "OLD" : "NEW") + " does not record its machine");
        } else {
            differs(mismatches, "CPU model", a.cpuModel(), b.cpuModel());
            differs(mismatches, "cores", a.cores(), b.cores());
            if (!sameMemory(a.memoryBytes(), b.memoryBytes())) {
                mismatches.add("memory " + gib(a.memoryBytes()) + " → " + gib(b.memoryBytes()));
            }
        }
        Report.Input.Text x = text(old);
        Report.Input.Text y = text(now);
        if (x == null || y == null) {
            mismatches.add((x == null ? "OLD" : "NEW") + " does not record its input");
        } else {
            if (!Objects.equals(x.sha256(), y.sha256())) {
                mismatches.add("input sha256 " + abbreviated(x.sha256()) + " → " + abbreviated(y.sha256()));
            }
            differs(mismatches, "input repeat", x.repeat(), y.repeat());
        }
        return List.copyOf(mismatches);
    }

    private static Report.Input.Text text(Report report) {
        return report.setup() == null || report.setup().input() == null ? null : report.setup().input().text();
    }

    private static void differs(List<String> mismatches, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            mismatches.add(what + " " + a + " → " + b);
        }
    }

    private static boolean sameMemory(long a, long b) {
        return Math.abs(a - b) <= MEMORY_TOLERANCE_PERCENT / 100 * Math.max(a, b);
    }

    /** A SHA-256 by its first 12 digits, as a person tells two apart. */
    private static String abbreviated(String sha) {
        return sha == null || sha.length() <= 12 ? String.valueOf(sha) : sha.substring(0, 12) + "…";
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
