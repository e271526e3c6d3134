package dev.streamcompare.harness.cluster;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.run.JobJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engines' own clients, as a user submits with them: {@code bin/flink run} runs Flink's
 * {@code CliFrontend run}, {@code bin/spark-submit} runs Spark's {@code SparkSubmit}. Each is a
 * child JVM on the engine's classpath (the build's {@code target/classpath.txt}), given the cluster
 * jar unchanged. Both clients stay attached: the job's main runs in the client (Spark: the driver,
 * client deploy mode), so SIGTERM to the client stops the job on the cluster (StopSignals).
 */
public final class ClusterClients {

    static final String FLINK_CLIENT = "org.apache.flink.client.cli.CliFrontend";
    static final String SPARK_CLIENT = "org.apache.spark.deploy.SparkSubmit";

    /** What Flink's client needs on Java 17 (bin/flink adds it from the distribution's config). */
    static final String FLINK_CLIENT_OPENS = "--add-opens=java.base/java.util=ALL-UNNAMED";

    private ClusterClients() {}

    /**
     * The command line of the client submitting {@code job} of {@code engine} to its cluster in
     * {@code clusters}. JVM options of the harness's own ({@code -Djava.io.tmpdir}) come first.
     */
    public static List<String> command(Engine engine, Job job, List<String> jobArgs, BuildInfo build, JobJars jars,
                                ClusterOptions clusters, boolean verbose, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.javaExecutable());
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        // The job's own quiet log configuration, as in embedded runs (the clients' defaults log at INFO).
        command.add("-Dlog4j.configurationFile=jar:" + jars.jar().toUri() + "!/log4j2.properties");
        if (verbose) {
            command.add("-Dstreamcompare.log.level=INFO");
            command.add("-Dstreamcompare.debug=true");
        }
        if (engine == Engine.FLINK) {
            command.add(FLINK_CLIENT_OPENS);
            command.addAll(List.of("-cp", jars.engineClasspath(), FLINK_CLIENT, "run",
                    "-c", engine.mainClass(job), jars.jar().toString()));
        } else {
            command.addAll(build.sparkJavaOptions());
            command.addAll(List.of("-cp", jars.engineClasspath(), SPARK_CLIENT,
                    "--master", "spark://" + clusters.sparkMaster(), "--deploy-mode", "client",
                    // The driver's web UI (port 4040 and up) is not used: one port less on a shared machine.
                    "--conf", "spark.ui.enabled=false",
                    "--class", engine.mainClass(job), jars.jar().toString()));
        }
        command.addAll(jobArgs);
        return command;
    }

    /**
     * The client's environment. Flink's reads the cluster's REST address from a configuration
     * folder ({@code FLINK_CONF_DIR}), written into {@code scratch}; Spark's driver binds to
     * loopback when the master is there (SPARK_LOCAL_IP), else to the machine's address.
     */
    public static Map<String, String> environment(Engine engine, ClusterOptions clusters, Path scratch) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        if (engine == Engine.FLINK) {
            ClusterOptions.Address rest = clusters.flinkRest();
            Path conf = Files.createDirectories(scratch.resolve("flink-conf"));
            Files.writeString(conf.resolve("config.yaml"), "# Written by compare.sh: where to submit.\n"
                    + "rest.address: " + rest.host() + "\nrest.port: " + rest.port() + "\n", StandardCharsets.UTF_8);
            env.put("FLINK_CONF_DIR", conf.toString());
        } else if (clusters.sparkMaster().isLoopback()) {
            env.put("SPARK_LOCAL_IP", clusters.sparkMaster().host());
        }
        return env;
    }
}
