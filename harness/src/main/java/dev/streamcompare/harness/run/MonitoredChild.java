package dev.streamcompare.harness.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A job's child JVM as the harness runs it: its output into a log in the report folder, its
 * process tree's CPU and memory sampled from /proc, and the harness's own CPU over its life.
 */
public final class MonitoredChild implements AutoCloseable {
    final String name;
    final Path log;
    final PrintWriter logWriter;
    public final ChildJvm jvm;
    final ProcessTreeMonitor monitor;
    public final long spawnedMillis;
    final long harnessTicksAtStart;

    private final Path reportFolder;

    public MonitoredChild(Path reportFolder, Path workFolder, String name, List<String> command, Map<String, String> env,
            Consumer<String> stdoutObserver) throws IOException {
        this(reportFolder, workFolder, name, command, env, stdoutObserver, List.of());
    }

    /**
     * A child charged also with {@code cluster}'s processes (a local cluster's, from its pid
     * files); with no CPU or memory measured when {@code cluster} is null (a cluster elsewhere).
     */
    public MonitoredChild(Path reportFolder, Path workFolder, String name, List<String> command, Map<String, String> env,
            Consumer<String> stdoutObserver, List<ProcessHandle> cluster) throws IOException {
        this(reportFolder, workFolder, name, command, env, stdoutObserver, cluster, CpuPinning.NONE);
    }

    /** The same, started on the CPUs of {@code pinning}. */
    public MonitoredChild(Path reportFolder, Path workFolder, String name, List<String> command, Map<String, String> env,
            Consumer<String> stdoutObserver, List<ProcessHandle> cluster, CpuPinning pinning) throws IOException {
        this.reportFolder = reportFolder;
        this.name = name;
        this.log = reportFolder.resolve("logs").resolve(name + ".log");
        Files.createDirectories(log.getParent());
        BufferedWriter writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        this.logWriter = new PrintWriter(writer, true);
        logWriter.println("# " + String.join(" ", pinning.command(command)));
        this.harnessTicksAtStart = ProcStat.ownCpuTicksOfThisProcess();
        this.spawnedMillis = System.currentTimeMillis();
        this.jvm = ChildJvm.start(command, env, workFolder, line -> {
            synchronized (logWriter) {
                logWriter.println(line);
            }
            stdoutObserver.accept(line);
        }, line -> {
            synchronized (logWriter) {
                logWriter.println(line);
            }
        }, pinning);
        this.monitor = cluster == null ? null : ProcessTreeMonitor.start(jvm.handle(), cluster);
    }

    /** Asks the child to stop (SIGTERM), kills it after the grace period; its exit code, or null if killed. */
    public Integer stop() throws InterruptedException {
        return stop(ChildJvm.STOP_GRACE);
    }

    /** Asks the child to stop (SIGTERM), kills it after {@code grace}; its exit code, or null if killed. */
    public Integer stop(Duration grace) throws InterruptedException {
        if (jvm.stop(grace)) {
            return null;
        }
        OptionalInt exit = jvm.waitFor(Duration.ofSeconds(5));
        return exit.isPresent() ? exit.getAsInt() : null;
    }

    double harnessCpuSeconds() {
        long now = ProcStat.ownCpuTicksOfThisProcess();
        return (double) (now - harnessTicksAtStart) / ProcStat.TICKS_PER_SECOND;
    }

    public String relativeLog() {
        return reportFolder.relativize(log).toString();
    }

    /** CPU seconds of the child's tree (and the local cluster's), or null when not measured. */
    public Double cpuSeconds() {
        return monitor == null ? null : monitor.cpuSeconds();
    }

    /** Peak RSS of the child's tree (and the local cluster's), or null when not measured. */
    public Long peakRssBytes() {
        return monitor == null ? null : monitor.peakRssBytes();
    }

    /** A window on the tree's CPU and peak RSS from now until it is closed, or null when not measured. */
    ProcessTreeMonitor.Window window() {
        return monitor == null ? null : monitor.window();
    }

    /** RSS at the latest sample, or null when not measured. */
    Long rssBytes() {
        return monitor == null ? null : monitor.rssBytes();
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.close();
        }
        jvm.close();
        try {
            jvm.waitFor(Duration.ofSeconds(5)); // its last lines, often the error, into the log
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        logWriter.close();
    }
}
