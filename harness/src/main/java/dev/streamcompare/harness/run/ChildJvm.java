package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One job in a JVM of its own, as the run discipline wants: the driver apart from the system
 * under test. Its output is streamed line by line; when the harness ends (Ctrl-C), the child is
 * asked to stop (SIGTERM) and, failing that, killed; when the harness is killed, the child's
 * {@link ParentWatch} agent stops it, so no JVM outlives the harness.
 */
public final class ChildJvm implements AutoCloseable {

    /**
     * How long a child may take to stop after SIGTERM before it is killed: longer than a graceful
     * Spark stop may take by itself (spark.streaming.gracefulStopTimeout, 10 batch intervals = 20 s
     * at 2 s batches) while it processes what it has received.
     */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Process process;
    private final List<Thread> pumps = new ArrayList<>();
    private final Thread stopOnExit;

    private ChildJvm(Process process, Consumer<String> out, Consumer<String> err) {
        this.process = process;
        pumps.add(pump(process.getInputStream(), out, "stdout"));
        pumps.add(pump(process.getErrorStream(), err, "stderr"));
        stopOnExit = new Thread(this::stop, "stop-child-" + process.pid());
        try {
            Runtime.getRuntime().addShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Started while the harness shuts down: nothing would stop it later.
            process.toHandle().destroyForcibly();
            throw shuttingDown;
        }
    }

    /** The command line of a child JVM running {@code mainClass} of {@code engine}. */
    public static List<String> command(Engine engine, BuildInfo build, JobJars jars, String mainClass,
                                       List<String> args, boolean verbose) {
        return command(engine, build, jars, mainClass, args, verbose, List.of());
    }

    /** The same, with JVM options of the harness's own ({@code -Xmx}) before the engine's. */
    public static List<String> command(Engine engine, BuildInfo build, JobJars jars, String mainClass,
                                       List<String> args, boolean verbose, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        if (verbose) {
            command.add("-Dstreamcompare.log.level=INFO");
            command.add("-Dstreamcompare.debug=true");
        }
        command.addAll(engine.jvmOptions(build));
        command.add("-cp");
        command.add(jars.classpath());
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The harness's own classpath, absolute: children of it run in other folders. */
    public static String harnessClasspath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Paths.get(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** The java of the JVM running the harness: children run on the same JDK. */
    public static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Environment variables of a child of {@code engine}. */
    public static Map<String, String> environment(Engine engine) {
        Map<String, String> env = new LinkedHashMap<>();
        if (engine.isSpark()) {
            // Otherwise Spark binds to the machine's external interface.
            env.put("SPARK_LOCAL_IP", "127.0.0.1");
        }
        return env;
    }

    /** Starts {@code command} in {@code workDir}, streaming its output to {@code out} and {@code err}. */
    public static ChildJvm start(List<String> command, Map<String, String> env, Path workDir,
                                 PrintWriter out, PrintWriter err) throws IOException {
        return start(command, env, workDir, lineTo(out), lineTo(err));
    }

    /** Starts {@code command} in {@code workDir}, handing each line of its output to {@code out} and {@code err}. */
    public static ChildJvm start(List<String> command, Map<String, String> env, Path workDir,
                                 Consumer<String> out, Consumer<String> err) throws IOException {
        return start(command, env, workDir, out, err, CpuPinning.NONE);
    }

    /** The same, on the CPUs of {@code pinning} ({@code taskset -c} before the command, when pinned). */
    public static ChildJvm start(List<String> command, Map<String, String> env, Path workDir,
                                 Consumer<String> out, Consumer<String> err, CpuPinning pinning) throws IOException {
        // A java child gets the agent that ends it when the harness dies without stopping it (ParentWatch).
        ProcessBuilder builder = new ProcessBuilder(pinning.command(ParentWatch.watched(command))).directory(workDir.toFile());
        builder.environment().putAll(env);
        return new ChildJvm(builder.start(), out, err);
    }

    private static Consumer<String> lineTo(PrintWriter writer) {
        return line -> {
            writer.println(line);
            writer.flush();
        };
    }

    /** The child's process, for /proc sampling. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits for the child to end and for its output to be copied; returns its exit code. */
    public int waitFor() throws InterruptedException {
        int exit = process.waitFor();
        for (Thread pump : pumps) {
            pump.join();
        }
        return exit;
    }

    /** Waits at most {@code timeout} for the child to end; returns its exit code, or empty if it still runs. */
    public OptionalInt waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(waitFor());
    }

    /** Kills the child at once (SIGKILL): no shutdown hook, no signal handler runs. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
    }

    /** Whether the child still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Asks the child to stop, then kills it if it has not stopped within {@link #STOP_GRACE};
     * returns whether it had to be killed.
     */
    public boolean stop() {
        return stop(STOP_GRACE);
    }

    /** Asks the child to stop, then kills it if it has not stopped within {@code grace}; returns whether it had to be killed. */
    public boolean stop(Duration grace) {
        if (!process.isAlive()) {
            return false;
        }
        boolean killed = false;
        // Known before the child ends: its own children would be orphaned and out of reach after.
        List<ProcessHandle> descendants = process.descendants().toList();
        // Through the handle: Process.destroy() would also close the pipes, losing the last output.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                killed = true;
                process.toHandle().destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            killed = true;
            process.toHandle().destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        return killed;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it does the same.
        }
    }

    private static Thread pump(InputStream from, Consumer<String> to, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    to.accept(line);
                }
            } catch (IOException e) {
                to.accept("(output of the child lost: " + e.getMessage() + ")");
            }
        }, "child-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
