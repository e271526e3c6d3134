package dev.streamcompare.harness.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.run.JobLauncher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison's jobs on clusters: a run's child is {@code compare.sh submit} (the engine's own
 * client, attached), so the harness feeds, watches and stops it as it does an embedded job. An
 * engine without a cluster address runs embedded, as without this launcher.
 */
public final class ClusterLauncher implements JobLauncher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JobLauncher embedded;
    private final Path home;
    private final ClusterOptions clusters;
    private final Path pidFiles;
    private final String sparkMasterUi;
    private final boolean verbose;

    /**
     * @param pidFiles      the folder of cluster/start's pid files, whose processes are measured when
     *                      they run the cluster at the given address
     * @param sparkMasterUi the Spark master's web UI, read for the report (null: port 8080 of the master's host)
     */
    /** The main class of the harness's command line, whose {@code submit} command the client JVM runs. */
    private final String harnessMainClass;

    public ClusterLauncher(JobLauncher embedded, Path home, ClusterOptions clusters, Path pidFiles, String sparkMasterUi, boolean verbose,
                           String harnessMainClass) {
        this.harnessMainClass = harnessMainClass;
        this.embedded = embedded;
        this.home = home;
        this.clusters = clusters;
        this.pidFiles = pidFiles;
        this.sparkMasterUi = sparkMasterUi != null ? sparkMasterUi
                : clusters.sparkMaster != null ? "http://" + clusters.sparkMaster().host() + ":8080" : null;
        this.verbose = verbose;
    }

    @Override
    public List<String> command(Engine engine, Job job, List<String> args, List<String> jvmOptions) {
        if (!clusters.hasCluster(engine)) {
            return embedded.command(engine, job, args, jvmOptions);
        }
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-Dfile.encoding=UTF-8"));
        // The heap is the cluster's; only the rest (the temp folder) applies to the client.
        jvmOptions.stream().filter(o -> !o.startsWith("-Xm")).forEach(command::add);
        command.addAll(List.of("-Dstreamcompare.home=" + home, "-cp", ChildJvm.harnessClasspath(),
                harnessMainClass, "submit"));
        if (verbose) {
            command.add("--verbose");
        }
        command.addAll(engine == Engine.FLINK ? List.of("--flink-rest", clusters.flinkRest().toString())
                : List.of("--spark-master", "spark://" + clusters.sparkMaster()));
        command.addAll(List.of(engine.toString(), job.toString()));
        command.addAll(args);
        return command;
    }

    /** The peer runs embedded, and only when the Flink jobs do: otherwise its figures would not compare. */
    @Override
    public List<String> peerCommand(List<String> args, List<String> jvmOptions) {
        return clusters.hasCluster(Engine.FLINK) ? null : embedded.peerCommand(args, jvmOptions);
    }

    @Override
    public Map<String, String> environment(Engine engine) {
        return clusters.hasCluster(engine) ? Map.of() : embedded.environment(engine);
    }

    @Override
    public List<ProcessHandle> clusterProcesses(Engine engine) {
        if (!clusters.hasCluster(engine)) {
            return List.of();
        }
        return localCluster(engine).orElse(null);
    }

    /**
     * The processes of cluster/start's pid files when they run the cluster at the address given
     * for {@code engine} (the same REST port or master port); empty when they do not.
     */
    Optional<List<ProcessHandle>> localCluster(Engine engine) {
        if (pidFiles == null || !clusters.of(engine).isLoopback()) {
            return Optional.empty();
        }
        List<String> daemons = engine == Engine.FLINK ? List.of("flink-jobmanager", "flink-taskmanager")
                : List.of("spark-master", "spark-worker");
        List<ProcessHandle> processes = new ArrayList<>();
        for (String daemon : daemons) {
            Optional<ProcessHandle> process = process(pidFiles.resolve(daemon + ".pid"));
            if (process.isEmpty()) {
                return Optional.empty();
            }
            processes.add(process.get());
        }
        return servesAddress(engine, processes.get(0)) ? Optional.of(processes) : Optional.empty();
    }

    private static Optional<ProcessHandle> process(Path pidFile) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the JobManager or Master {@code process} is the one at the address given. */
    private boolean servesAddress(Engine engine, ProcessHandle process) {
        List<String> args = List.of(process.info().arguments().orElse(new String[0]));
        if (engine.isSpark()) {
            int port = args.indexOf("--port");
            return port >= 0 && port + 1 < args.size() && args.get(port + 1).equals(Integer.toString(clusters.sparkMaster().port()));
        }
        int conf = args.indexOf("--configDir");
        if (conf < 0 || conf + 1 >= args.size()) {
            return false;
        }
        try {
            return Files.readAllLines(Path.of(args.get(conf + 1), "config.yaml")).stream()
                    .anyMatch(line -> line.trim().equals("rest.port: " + clusters.flinkRest().port()));
        } catch (IOException e) {
            return false;
        }
    }

    /** What the report records of {@code engine}'s cluster: address, slots or executor cores, what was measured. */
    @Override
    public Map<String, Object> describe(Engine engine) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (!clusters.hasCluster(engine)) {
            return facts;
        }
        try {
            if (engine == Engine.FLINK) {
                facts.put("cluster", "standalone session cluster, REST " + clusters.flinkRest() + ", jobs submitted with CliFrontend run");
                JsonNode overview = new FlinkRest(clusters.flinkRest()).get("overview");
                facts.put("taskManagers", overview.path("taskmanagers").asInt());
                facts.put("slots", overview.path("slots-total").asInt());
                facts.put("flinkVersionOfCluster", overview.path("flink-version").asText());
            } else {
                facts.put("master", "spark://" + clusters.sparkMaster() + " (standalone), jobs submitted with SparkSubmit, client deploy mode");
                JsonNode state = getJson(sparkMasterUi + "/json/");
                facts.put("workers", state.path("aliveworkers").asInt());
                facts.put("executorCores", state.path("cores").asInt());
                facts.put("executorMemoryMiB", state.path("memory").asInt());
            }
        } catch (IOException | RuntimeException e) {
            facts.put("clusterState", "not read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        facts.put("cpuAndMemory", localCluster(engine).isPresent()
                ? "measured: the client JVM's tree and the cluster's processes (pid files in " + pidFiles + "), CPU during each run"
                : "not measured: no running local cluster at this address in " + pidFiles);
        return facts;
    }

    private static JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + ": HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
