package dev.streamcompare.harness.run;

import dev.streamcompare.common.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Kafka broker the Kafka jobs read from: one given by its address ({@code --bootstrap}), or one
 * node started for the invocation by {@code cluster/start kafka} (KRaft, broker and controller in
 * one JVM, on free loopback ports, its storage and logs in a folder of the work folder) and stopped
 * by {@code cluster/stop kafka} when closed. The harness's pid is its owner: should the harness die
 * without closing it (SIGKILL), cluster/start's watcher stops the broker within a second or two.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The daemon's name in cluster/start's pid files. */
    static final String DAEMON = "kafka-broker";

    private final String bootstrap;
    private final Path home; // null: not started here
    private final Path clusterDir;
    private final Map<String, String> environment;

    private KafkaBroker(String bootstrap, Path home, Path clusterDir, Map<String, String> environment) {
        this.bootstrap = bootstrap;
        this.home = home;
        this.clusterDir = clusterDir;
        this.environment = environment;
    }

    /** A broker someone else runs, at {@code bootstrap}; closing it does nothing. */
    public static KafkaBroker at(String bootstrap) {
        return new KafkaBroker(bootstrap, null, null, Map.of());
    }

    /**
     * Starts a broker with {@code cluster/start kafka} of the checkout at {@code home}, its files in
     * {@code clusterDir}, and waits until it serves clients, at most {@code timeout}.
     */
    public static KafkaBroker start(Path home, Path clusterDir, Duration timeout) throws IOException, InterruptedException {
        int[] ports = freePorts();
        int port = ports[0];
        int controllerPort = ports[1];
        Map<String, String> environment = new HashMap<>();
        environment.put("CLUSTER_DIR", clusterDir.toAbsolutePath().toString());
        environment.put("CLUSTER_HOST", "127.0.0.1");
        environment.put("KAFKA_PORT", Integer.toString(port));
        environment.put("KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort));
        environment.put("CLUSTER_START_SECONDS", Long.toString(timeout.toSeconds()));
        KafkaBroker broker = new KafkaBroker("127.0.0.1:" + port, home, clusterDir, Map.copyOf(environment));
        String output = broker.script("start", timeout.plusMinutes(5), Map.of(), "kafka", "--owner",
                Long.toString(ProcessHandle.current().pid()));
        if (output != null) {
            String cause = lastError(clusterDir.resolve("logs/kafka-broker.log"));
            broker.close();
            throw new BadInputException("could not start a Kafka broker: " + output + cause);
        }
        return broker;
    }

    /** The broker log's last line that names an error, for the one-line message (the log goes with the work folder). */
    private static String lastError(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("ERROR") || line.contains("Exception"))
                    .reduce((first, second) -> second).map(line -> "; it logged: " + line.strip()).orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** The address clients connect to, {@code HOST:PORT}. */
    public String bootstrap() {
        return bootstrap;
    }

    /** Whether this broker was started here (and is stopped on close). */
    public boolean startedHere() {
        return home != null;
    }

    /** The broker's process, when it was started here and still runs: its CPU and memory are reported on their own line. */
    public Optional<ProcessHandle> process() {
        if (clusterDir == null) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(clusterDir.resolve("pids").resolve(DAEMON + ".pid")).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The broker's log, when it was started here. */
    public Optional<Path> log() {
        return clusterDir == null ? Optional.empty() : Optional.of(clusterDir.resolve("logs").resolve(DAEMON + ".log"));
    }

    /**
     * Stops the broker (SIGTERM: a clean shutdown, as a rolling restart does), waits {@code down},
     * and starts it again on the same ports and storage, its topics and their records kept; returns
     * when it serves clients again. Only a broker started here can be restarted.
     */
    public void restart(Duration down) throws IOException, InterruptedException {
        if (home == null) {
            throw new IllegalStateException("the broker at " + bootstrap + " was not started here: it is not the harness's to restart");
        }
        String stopped = script("stop", Duration.ofMinutes(1), Map.of(), "kafka");
        if (stopped != null) {
            throw new IOException("could not stop the broker: " + stopped);
        }
        Thread.sleep(down.toMillis()); // the outage, by design
        String started = script("start", Duration.ofMinutes(5), Map.of("KAFKA_KEEP_DATA", "1"), "kafka", "--owner",
                Long.toString(ProcessHandle.current().pid()));
        if (started != null) {
            throw new IOException("could not start the broker again: " + started);
        }
    }

    /** Stops the broker if it was started here. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (home != null) {
            String failure = script("stop", Duration.ofMinutes(1), Map.of(), "kafka");
            if (failure != null) {
                System.err.println("streamcompare: cluster/stop kafka: " + failure);
            }
        }
    }

    /** Runs {@code cluster/<name> args}, its output in the cluster folder; null when it succeeded, else its last line. */
    private String script(String name, Duration bound, Map<String, String> more, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("cluster").resolve(name).toString()));
        command.addAll(List.of(args));
        Path output = Files.createDirectories(clusterDir).resolve(name + "-" + System.currentTimeMillis() + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().putAll(more);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return "cluster/" + name + " did not end within " + bound.toSeconds() + " s";
        }
        if (process.exitValue() == 0) {
            return null;
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "cluster/" + name + " exited with " + process.exitValue() : lines.get(lines.size() - 1);
    }

    /** Two ports free on loopback now, not the same: both held open while the second is found. */
    private static int[] freePorts() throws IOException {
        try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket second = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        }
    }
}
