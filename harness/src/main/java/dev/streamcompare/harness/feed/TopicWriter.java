package dev.streamcompare.harness.feed;

import dev.streamcompare.common.KafkaTopics;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Records into one topic of its own making: a value each (no key), the partitions in turn, each
 * stamped in order within its partition (a timestamp behind the partition's last is raised to it,
 * so that no record comes behind Flink's watermark). While no phase sends, an empty record goes to
 * each partition every {@link #HEARTBEAT_MILLIS}: Flink's batch of the last lines fires only once
 * every partition has a record past its end. Every send goes through one lock, heartbeats
 * included. The producer waits for the broker's acknowledgement of each record ({@code acks=all},
 * idempotent).
 */
public final class TopicWriter implements AutoCloseable {

    /** How often an empty record goes to each partition while no phase sends. */
    public static final long HEARTBEAT_MILLIS = 200;

    private static final byte[] EMPTY = new byte[0];

    /** A record handed to the producer: its partition, and its place there once acknowledged. */
    public record Sent(int partition, Future<RecordMetadata> metadata) {}

    private final String topic;
    private final int partitions;
    private final Duration timeout;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Admin admin;
    private final long[] stamped;
    private final ScheduledExecutorService heartbeat;
    private int next;
    private boolean sending;
    private volatile KafkaException failure;

    private TopicWriter(String bootstrap, String topic, int partitions, Duration timeout, Admin admin) {
        this.topic = topic;
        this.partitions = partitions;
        this.timeout = timeout;
        this.admin = admin;
        this.stamped = new long[partitions];
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20);
        properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L << 20);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(properties);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "heartbeat-" + topic);
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Makes {@code topic} with {@code partitions} partitions (one replica) on the broker at
     * {@code bootstrap}, and a writer into it; a topic of that name must not exist yet.
     */
    public static TopicWriter create(String bootstrap, String topic, int partitions, Duration timeout)
            throws IOException, InterruptedException {
        Admin admin = KafkaTopics.admin(bootstrap, timeout);
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            admin.close(Duration.ofSeconds(1));
            throw new IOException("could not make topic " + topic + " on " + bootstrap + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
        return new TopicWriter(bootstrap, topic, partitions, timeout, admin);
    }

    public String topic() {
        return topic;
    }

    /** Sends {@code value} to the next partition, stamped {@code millis}, or that partition's last stamp if later. */
    public synchronized Sent send(byte[] value, long millis) throws IOException {
        throwIfFailed();
        int partition = next;
        next = (next + 1) % partitions;
        long stamp = Math.max(millis, stamped[partition]);
        stamped[partition] = stamp;
        return new Sent(partition, producer.send(new ProducerRecord<>(topic, partition, stamp, null, value), (metadata, exception) -> {
            if (exception != null && failure == null) {
                failure = exception instanceof KafkaException kafka ? kafka : new KafkaException(exception);
            }
        }));
    }

    /** Returns when the broker has acknowledged every record sent so far. */
    public void flush() throws IOException {
        producer.flush();
        throwIfFailed();
    }

    /** A phase sends: no heartbeats until {@link #idle()}. */
    public synchronized void sending() {
        sending = true;
    }

    /** No phase sends: heartbeats again. */
    public synchronized void idle() {
        sending = false;
    }

    /** Deletes the records of {@code partition} before {@code offset}. */
    public void deleteBefore(int partition, long offset) throws IOException, InterruptedException {
        try {
            admin.deleteRecords(Map.of(new TopicPartition(topic, partition), RecordsToDelete.beforeOffset(offset))).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not delete the records of " + topic + "-" + partition + " before offset " + offset + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
    }

    /** The bound of every wait on the broker. */
    public Duration timeout() {
        return timeout;
    }

    private void throwIfFailed() throws IOException {
        KafkaException failed = failure;
        if (failed != null) {
            throw new IOException("the broker refused a record of topic " + topic + ": " + failed.getMessage(), failed);
        }
    }

    /** An empty record to each partition, stamped now, unless a phase is sending. */
    private synchronized void heartbeat() {
        if (sending || failure != null) {
            return;
        }
        long now = System.currentTimeMillis();
        try {
            for (int i = 0; i < partitions; i++) {
                send(EMPTY, now);
            }
        } catch (IOException | KafkaException e) {
            // the next send of a phase reports it
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(10));
        admin.close(Duration.ofSeconds(5));
    }
}
