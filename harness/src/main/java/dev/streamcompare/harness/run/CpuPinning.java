package dev.streamcompare.harness.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The CPUs every child JVM runs on. When {@code --cores} is below the CPUs the harness may use,
 * each child (job, baseline, reference rate, peer) starts under {@code taskset -c LIST}, LIST the
 * last {@code cores} of those CPUs (the first keeps more of the machine's interrupts), with
 * {@code -XX:ActiveProcessorCount=cores}, so that the JVM and the engines size their thread pools
 * to it. Without {@code taskset} the children run unpinned, with the JVM option only; never a
 * failure. Linux: the CPUs come from {@code /proc/self/status}.
 */
public final class CpuPinning {

    /** No pinning, no JVM option: children as they were always started. */
    public static final CpuPinning NONE = new CpuPinning(null, List.of(), 0, "not pinned");

    /** The taskset program, or null when not pinned. */
    private final String taskset;
    private final List<Integer> cpus;
    private final int activeProcessors;
    private final String description;

    private CpuPinning(String taskset, List<Integer> cpus, int activeProcessors, String description) {
        this.taskset = taskset;
        this.cpus = List.copyOf(cpus);
        this.activeProcessors = activeProcessors;
        this.description = description;
    }

    /** The pinning of children given {@code cores}, on this machine. */
    public static CpuPinning of(int cores) {
        return of(cores, allowedCpus(), Runtime.getRuntime().availableProcessors(), taskset());
    }

    /**
     * The pinning of children given {@code cores}, when the harness may use {@code allowed} CPUs
     * ({@code available} of them count for the JVM) and {@code taskset} is the taskset program, or null.
     */
    static CpuPinning of(int cores, List<Integer> allowed, int available, String taskset) {
        int machine = Math.min(available, allowed.size());
        if (cores >= machine) {
            return new CpuPinning(null, List.of(), 0, String.format(Locale.ROOT, "not pinned: --cores %d, %s the machine's %d CPUs",
                    cores, cores == machine ? "all" : "more than", machine));
        }
        if (taskset == null) {
            return new CpuPinning(null, List.of(), cores, String.format(Locale.ROOT, "NOT PINNED: taskset not found (Debian: "
                    + "util-linux); each child may run on any of the %d CPUs, told -XX:ActiveProcessorCount=%d only", machine, cores));
        }
        List<Integer> chosen = allowed.subList(allowed.size() - cores, allowed.size());
        return new CpuPinning(taskset, chosen, cores, String.format(Locale.ROOT, "every child JVM pinned to CPU %s of %s "
                + "(taskset -c %s, -XX:ActiveProcessorCount=%d): --cores %d of the machine's %d CPUs",
                list(chosen), list(allowed), list(chosen), cores, cores, machine));
    }

    /** Children pinned to {@code cpus}, whatever the machine has (tests). */
    static CpuPinning to(List<Integer> cpus) {
        return new CpuPinning("taskset", cpus, cpus.size(), "pinned to CPU " + list(cpus));
    }

    /** {@code command} as it is started: under {@code taskset -c LIST} when pinned. */
    public List<String> command(List<String> command) {
        if (cpus.isEmpty()) {
            return command;
        }
        List<String> pinned = new ArrayList<>(List.of(taskset, "-c", list(cpus)));
        pinned.addAll(command);
        return pinned;
    }

    /** JVM options of every java child: {@code -XX:ActiveProcessorCount} when fewer cores than CPUs are asked for. */
    public List<String> jvmOptions() {
        return activeProcessors == 0 ? List.of() : List.of("-XX:ActiveProcessorCount=" + activeProcessors);
    }

    /** The CPUs the children are pinned to, as taskset lists them ({@code 1}, {@code 2-3}), or null when not pinned. */
    public String cpus() {
        return cpus.isEmpty() ? null : list(cpus);
    }

    /** How the children are pinned, or why not: a line for the report and the console. */
    public String description() {
        return description;
    }

    /** CPUs as a list of ranges: {@code 0-3,6}. */
    static String list(List<Integer> cpus) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cpus.size(); i++) {
            int first = cpus.get(i);
            while (i + 1 < cpus.size() && cpus.get(i + 1) == cpus.get(i) + 1) {
                i++;
            }
            text.append(text.length() == 0 ? "" : ",").append(first).append(first == cpus.get(i) ? "" : "-" + cpus.get(i));
        }
        return text.toString();
    }

    /** The CPUs of a list of ranges, {@code 0-3,6}, in order. */
    static List<Integer> parse(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String range : list.trim().split(",")) {
            String[] ends = range.split("-");
            IntStream.rangeClosed(Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[ends.length - 1].trim()))
                    .forEach(cpus::add);
        }
        return cpus;
    }

    /** The CPUs this process may run on (Cpus_allowed_list); else the first availableProcessors. */
    private static List<Integer> allowedCpus() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Cpus_allowed_list:"))
                    .map(l -> parse(l.substring(l.indexOf(':') + 1))).findFirst().orElseThrow(() -> new IOException("no list"));
        } catch (IOException | RuntimeException notLinux) {
            return IntStream.range(0, Runtime.getRuntime().availableProcessors()).boxed().toList();
        }
    }

    /** The taskset program on the PATH, or null. */
    private static String taskset() {
        String path = System.getenv("PATH");
        for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path program = Path.of(folder.isEmpty() ? "." : folder, "taskset");
            if (Files.isExecutable(program)) {
                return program.toString();
            }
        }
        return null;
    }
}
