package dev.streamcompare.harness.cli;

import dev.streamcompare.common.ProjectHome;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Both local clusters, started and stopped by the project's own cluster/start and cluster/stop,
 * on free ports and in a folder of their own, so that a cluster someone already runs on the
 * default ports is left alone.
 */
final class LocalClusters implements AutoCloseable {

    /** The first start gathers ~300 MB of jars from Maven Central. */
    private static final long START_BOUND_SECONDS = 480;
    private static final long STOP_BOUND_SECONDS = 120;

    final Path folder;
    final Map<String, String> env = new LinkedHashMap<>();
    final int flinkRestPort;
    final int sparkMasterPort;
    final int sparkUiPort;

    private LocalClusters(Path folder) throws IOException {
        this.folder = folder;
        int[] ports = freePorts(5);
        flinkRestPort = ports[0];
        sparkMasterPort = ports[1];
        sparkUiPort = ports[2];
        env.put("CLUSTER_DIR", folder.toString());
        env.put("FLINK_REST_PORT", Integer.toString(flinkRestPort));
        env.put("FLINK_RPC_PORT", Integer.toString(ports[3]));
        env.put("SPARK_MASTER_PORT", Integer.toString(sparkMasterPort));
        env.put("SPARK_MASTER_WEBUI_PORT", Integer.toString(sparkUiPort));
        env.put("SPARK_WORKER_WEBUI_PORT", Integer.toString(ports[4]));
        // Killed (SIGKILL) before close() or its shutdown hook runs: cluster/start's watcher stops the daemons.
        env.put("STREAMCOMPARE_OWNER_PID", Long.toString(ProcessHandle.current().pid()));
    }

    /**
     * Runs cluster/start; fails with its output when it fails. The clusters' daemons run in
     * sessions of their own: should the test JVM be terminated (Ctrl-C on Maven) before
     * {@link #close()}, a shutdown hook runs cluster/stop.
     */
    static LocalClusters start(Path folder) throws IOException, InterruptedException {
        LocalClusters clusters = new LocalClusters(folder);
        Runtime.getRuntime().addShutdownHook(clusters.stopOnExit);
        clusters.script("start", START_BOUND_SECONDS);
        return clusters;
    }

    private final Thread stopOnExit = new Thread(() -> {
        try {
            script("stop", STOP_BOUND_SECONDS);
        } catch (IOException | RuntimeException e) {
            System.err.println("cluster/stop failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }, "cluster-stop");

    String flinkRest() {
        return "127.0.0.1:" + flinkRestPort;
    }

    String sparkMaster() {
        return "spark://127.0.0.1:" + sparkMasterPort;
    }

    String sparkMasterUi() {
        return "http://127.0.0.1:" + sparkUiPort;
    }

    /** The processes of the pid files cluster/start wrote, and the processes those started (executors). */
    List<ProcessHandle> processes() throws IOException {
        List<ProcessHandle> processes = new ArrayList<>();
        Path pids = folder.resolve("pids");
        if (!Files.isDirectory(pids)) {
            return processes;
        }
        try (Stream<Path> files = Files.list(pids)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                ProcessHandle.of(Long.parseLong(Files.readString(file).trim())).ifPresent(p -> {
                    processes.add(p);
                    p.descendants().forEach(processes::add);
                });
            }
        }
        return processes;
    }

    /** Runs cluster/stop; whatever it leaves alive is killed here and reported. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs cluster/stop anyway
        }
        List<ProcessHandle> started = processes();
        String stopOutput;
        try {
            stopOutput = script("stop", STOP_BOUND_SECONDS);
        } finally {
            started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        List<ProcessHandle> leftBehind = started.stream().filter(ProcessHandle::isAlive).toList();
        if (!leftBehind.isEmpty()) {
            throw new IllegalStateException("cluster/stop left " + leftBehind + " running: " + stopOutput);
        }
    }

    /** Runs cluster/{@code name} with this cluster's settings; returns its output, fails when it fails. */
    String script(String name, long boundSeconds) throws IOException, InterruptedException {
        Path home = ProjectHome.locate();
        Files.createDirectories(folder);
        Path log = folder.resolve(name + ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("cluster").resolve(name).toString())
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(boundSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("cluster/" + name + " did not end within " + boundSeconds + " s: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("cluster/" + name + " exited with " + process.exitValue() + ": " + output);
        }
        return output;
    }

    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        int[] ports = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return ports;
    }
}
