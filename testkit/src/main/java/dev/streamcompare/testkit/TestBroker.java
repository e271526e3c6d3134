package dev.streamcompare.testkit;

import dev.streamcompare.common.KafkaOptions;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.Variant;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A Kafka broker for the tests of one JVM: {@code cluster/start kafka} (one KRaft node, on free
 * loopback ports, its files under {@code target/}), started on first use and stopped when the JVM
 * ends; the test JVM is its owner, so a test JVM killed outright leaves no broker behind either.
 * Each test makes topics of its own ({@link #newTopic}).
 */
public final class TestBroker {

    private static TestBroker shared;

    private final String bootstrap;
    private final AtomicInteger topics = new AtomicInteger();

    private TestBroker(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The broker of this JVM, started if it is not yet. */
    public static synchronized TestBroker shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start(Path.of("target").toAbsolutePath().resolve("kafka-" + ProcessHandle.current().pid()));
        }
        return shared;
    }

    private static TestBroker start(Path clusterDir) throws IOException, InterruptedException {
        Path home = ProjectHome.locate();
        int port = freePort();
        ProcessBuilder start = script(home, "start", clusterDir, port, "kafka", "--owner", Long.toString(ProcessHandle.current().pid()));
        Path log = Files.createDirectories(clusterDir).resolve("start.out");
        Process process = start.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("cluster/start kafka failed: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                script(home, "stop", clusterDir, port, "kafka").inheritIO().start().waitFor(1, TimeUnit.MINUTES);
            } catch (IOException e) {
                System.err.println("cluster/stop kafka: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-test-broker"));
        return new TestBroker("127.0.0.1:" + port);
    }

    private static ProcessBuilder script(Path home, String name, Path clusterDir, int port, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", home.resolve("cluster").resolve(name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CLUSTER_DIR", clusterDir.toString());
        builder.environment().put("CLUSTER_HOST", "127.0.0.1");
        builder.environment().put("KAFKA_PORT", Integer.toString(port));
        builder.environment().put("KAFKA_CONTROLLER_PORT", Integer.toString(port + 1));
        return builder;
    }

    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            if (port < 65_535) {
                try (ServerSocket next = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
                    return port; // and port + 1, for the controller
                } catch (IOException busy) {
                    // try another pair
                }
            }
        }
        throw new IOException("no two free ports side by side on loopback");
    }

    /** {@code HOST:PORT}. */
    public String bootstrap() {
        return bootstrap;
    }

    /**
     * {@code options} made ready to read {@code topic} on this broker, validated: the topic's name
     * as its consumer group, one-second batches, output and checkpoint under {@code folder},
     * nothing printed, two cores.
     */
    public <T extends KafkaOptions> T options(T options, String topic, Variant variant, Path folder) {
        options.bootstrap = bootstrap();
        options.topic = topic;
        options.group = topic;
        options.batchSeconds = 1;
        options.output = folder.resolve("out");
        options.checkpoint = folder.resolve("checkpoint");
        options.print = 0;
        options.cores = 2;
        options.variant = variant;
        options.validate();
        return options;
    }

    /** A new topic with {@code partitions} partitions, named after {@code stem}. */
    public String newTopic(String stem, int partitions) throws Exception {
        String topic = stem + "-" + topics.incrementAndGet();
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return topic;
    }

    /**
     * Sends every line of {@code lines} to {@code topic}, partitions in turn, each record stamped
     * with the time it is sent (never behind the one before), and returns when the broker has them all.
     */
    public void send(String topic, int partitions, List<String> lines) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            long stamp = 0;
            for (int i = 0; i < lines.size(); i++) {
                stamp = Math.max(stamp, System.currentTimeMillis());
                producer.send(new ProducerRecord<>(topic, i % partitions, stamp, null, lines.get(i).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /**
     * Deletes every record now in {@code topic} (Kafka's {@code deleteRecords}, up to each
     * partition's end): what a job restored from its checkpoint no longer needs, and what a job
     * that ignored its checkpoint and read from the earliest offset would miss.
     */
    public void deleteRecords(String topic) throws Exception {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(properties)) {
            List<TopicPartitionInfo> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> before = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, end) -> before.put(partition, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(before).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Sends {@code value}, as it is, to partition {@code partition} of {@code topic}, stamped now. */
    public void sendBytes(String topic, int partition, byte[] value) {
        sendStamped(topic, partition, System.currentTimeMillis(), value);
    }

    /** Sends {@code value} to partition {@code partition} of {@code topic}, stamped {@code millis} (a test's time out of order). */
    public void sendStamped(String topic, int partition, long millis, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, partition, millis, null, value));
            producer.flush();
        }
    }

    /**
     * An empty record to each partition of {@code topic} every 200 ms, until closed: what closes a
     * Flink job's last batch (its watermark needs a record past the batch's end in every partition).
     * Not while {@link #send} runs on the same topic: its own producer does not order its stamps
     * with the heartbeats', and a line stamped behind a heartbeat would come behind Flink's watermark.
     */
    public AutoCloseable heartbeats(String topic, int partitions) {
        KafkaProducer<byte[], byte[]> producer = producer();
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(() -> {
            // An exception out of a scheduled task would end the heartbeats in silence, and with them every batch.
            try {
                long now = System.currentTimeMillis();
                for (int p = 0; p < partitions; p++) {
                    producer.send(new ProducerRecord<>(topic, p, now, null, new byte[0]));
                }
            } catch (RuntimeException e) {
                System.err.println("heartbeat to " + topic + " not sent: " + e);
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        return () -> {
            timer.shutdownNow();
            timer.awaitTermination(5, TimeUnit.SECONDS);
            producer.close(Duration.ofSeconds(5));
        };
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(properties);
    }
}
