package dev.streamcompare.harness.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Facts of the build, written by Maven into {@code streamcompare-build.properties}. */
public record BuildInfo(String version, String flinkVersion, String sparkVersion, List<String> sparkJavaOptions, String kafkaVersion,
                        String kafkaConnectorVersion) {

    /** The facts this harness was built with. */
    public static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/streamcompare-build.properties")) {
            if (in == null) {
                throw new IllegalStateException("streamcompare-build.properties missing from the harness jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> spark = Arrays.stream(properties.getProperty("spark.java.options").trim().split("\\s+")).toList();
        return new BuildInfo(properties.getProperty("version"), properties.getProperty("flink.version"),
                properties.getProperty("spark.version"), spark, properties.getProperty("kafka.version"),
                properties.getProperty("flink.kafka.connector.version"));
    }
}
