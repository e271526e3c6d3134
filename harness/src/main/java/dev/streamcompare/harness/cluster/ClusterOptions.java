package dev.streamcompare.harness.cluster;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.run.Ports;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import picocli.CommandLine.Option;

/** Where the clusters are: the same two options on every command that submits to one. */
public final class ClusterOptions {

    @Option(names = "--flink-rest", paramLabel = "HOST:PORT",
            description = "A Flink session cluster's REST address (cluster/start: 127.0.0.1:8081): Flink jobs are submitted there.")
    public String flinkRest;

    @Option(names = "--spark-master", paramLabel = "spark://HOST:PORT",
            description = "A Spark standalone master (cluster/start: spark://127.0.0.1:7077): Spark jobs are submitted there.")
    public String sparkMaster;

    /** A host and a port. */
    public record Address(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }

        /** Whether the host is this machine's loopback, so that jobs there reach the harness on loopback too. */
        boolean isLoopback() {
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }

    /** Whether {@code engine}'s jobs go to a cluster. */
    public boolean hasCluster(Engine engine) {
        return (engine == Engine.FLINK ? flinkRest : sparkMaster) != null;
    }

    /** The Flink REST address, checked. */
    Address flinkRest() {
        if (flinkRest == null) {
            throw new BadInputException("a Flink job needs --flink-rest HOST:PORT");
        }
        return parse(flinkRest, "--flink-rest", "");
    }

    /** The Spark master's address, checked; its URL is {@code spark://} + the address. */
    Address sparkMaster() {
        if (sparkMaster == null) {
            throw new BadInputException("a Spark job needs --spark-master spark://HOST:PORT");
        }
        if (!sparkMaster.startsWith("spark://")) {
            throw new BadInputException("--spark-master must be a standalone master URL spark://HOST:PORT, got '" + sparkMaster + "'");
        }
        return parse(sparkMaster.substring("spark://".length()), "--spark-master", "spark://");
    }

    /** The address of {@code engine}'s cluster. */
    public Address of(Engine engine) {
        return engine == Engine.FLINK ? flinkRest() : sparkMaster();
    }

    private static Address parse(String text, String option, String scheme) {
        try {
            URI uri = new URI("x://" + text);
            if (uri.getHost() == null || uri.getPort() < 1 || (uri.getPath() != null && !uri.getPath().isEmpty())) {
                throw new IllegalArgumentException();
            }
            return new Address(uri.getHost(), Ports.requireValid(uri.getPort(), option));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new BadInputException(option + " must be " + scheme + "HOST:PORT, got '" + scheme + text + "'");
        }
    }
}
