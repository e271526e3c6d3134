package dev.streamcompare.harness.feed;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
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
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka jobs' input: a topic of the run's own, made here with a partition per core, and the
 * lines produced into it, a record each (its value the line, UTF-8, no key), spread over the
 * partitions in turn. Readiness is the first batch published for a one-word probe record, as for
 * the file jobs: a Kafka job has no connection the harness could see.
 *
 * <p>Each record is stamped, in order within its partition: the max-rate input with the time it is
 * sent, the fixed-rate input with its time on the schedule (a marker's scheduled time, as its
 * latency is measured from). Flink batches by these timestamps; the Spark engines by when they
 * read. While no phase sends, an empty record goes to each partition every
 * {@link #HEARTBEAT_MILLIS}: Flink's batch of the last lines fires only once every partition has a
 * record past its end. Every job gets the same records, heartbeats included; an empty line has no words.
 *
 * <p>The producer waits for the broker's acknowledgement of every record ({@code acks=all},
 * idempotent): a marker counts as delivered when the broker has it. A broker never pushes back on
 * the producer for a slow job, so a max-rate input sent below the pace was held back by the
 * harness or the broker, and the rate it reached is the one a figure is compared with.
 */
public final class KafkaFeed implements Feed {

    /** How often an empty record goes to each partition while no phase sends. */
    public static final long HEARTBEAT_MILLIS = 200;

    private static final byte[] EMPTY = new byte[0];

    private final String topic;
    private final int partitions;
    private final BatchWatcher watcher;
    private final KafkaProducer<byte[], byte[]> producer;
    /** The newest timestamp given to each partition's records: none goes back. */
    private final long[] stamped;
    private final ScheduledExecutorService heartbeat;
    private int next;
    private boolean sending;
    private double offered = MAX_RATE_WORDS_PER_SECOND;
    private volatile KafkaException failure;
    /** Lines {@link #sendPaced} has handed to the producer so far. */
    private volatile int pacedSent;
    /** Per line of {@link #sendPaced}: its partition, and its record's place there once acknowledged. */
    private int[] pacedPartitions = new int[0];
    private Future<RecordMetadata>[] pacedRecords;
    private final Admin admin;

    private KafkaFeed(String bootstrap, String topic, int partitions, BatchWatcher watcher) {
        this.topic = topic;
        this.partitions = partitions;
        this.watcher = watcher;
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
        Properties adminProperties = new Properties();
        adminProperties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(adminProperties);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-feed-heartbeat-" + topic);
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Makes {@code topic} with {@code partitions} partitions on the broker at {@code bootstrap}
     * (one replica: a one-node broker) and a feed into it; a topic of that name must not exist.
     */
    public static KafkaFeed create(String bootstrap, String topic, int partitions, BatchWatcher watcher, Duration timeout)
            throws IOException, InterruptedException {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not make topic " + topic + " on " + bootstrap + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
        return new KafkaFeed(bootstrap, topic, partitions, watcher);
    }

    public String topic() {
        return topic;
    }

    @Override
    public long awaitReady(Duration timeout) throws IOException, InterruptedException, TimeoutException {
        synchronized (this) {
            send(FileFeed.PROBE.getBytes(StandardCharsets.UTF_8), System.currentTimeMillis());
        }
        flush();
        return watcher.awaitFirstBatch(timeout);
    }

    @Override
    public long probeWords() {
        return 1;
    }

    @Override
    public String probeWord() {
        return FileFeed.PROBE;
    }

    @Override
    public long sendAtMaxRate(Workload workload) throws IOException, InterruptedException {
        begin();
        try {
            Pace pace = new Pace(workload.words(), workload.pieces());
            long first = System.currentTimeMillis();
            long start = System.nanoTime();
            ByteArrayOutputStream piece = new ByteArrayOutputStream(1 << 21);
            for (int i = 0; i < workload.pieces(); i++) {
                pace.awaitPart(i);
                piece.reset();
                workload.writePiece(i, piece); // made as it goes: never the whole input in memory
                sendLines(piece.toByteArray(), piece.size());
            }
            flush();
            // No job holds a producer back: behind the pace, the harness or the broker was.
            offered = OfferedRate.of(workload.words(), System.nanoTime() - start, 0);
            return first;
        } finally {
            end();
        }
    }

    /** Each line of {@code text[0, length)} as a record, stamped with the time it is sent. */
    private synchronized void sendLines(byte[] text, int length) throws IOException {
        int from = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                send(Arrays.copyOfRange(text, from, i), System.currentTimeMillis());
                from = i + 1;
            }
        }
        if (from < length) {
            send(Arrays.copyOfRange(text, from, length), System.currentTimeMillis());
        }
    }

    @Override
    public double offeredWordsPerSecond() {
        return offered;
    }

    @Override
    public void sendAtFixedRate(List<String> lines, int linesPerSecond, long markerEveryMillis, Markers markers)
            throws IOException, InterruptedException {
        begin();
        try {
            new FixedRateSender(FixedSchedule.of(lines, linesPerSecond, markerEveryMillis), Pacer.SYSTEM, markers)
                    .toStream(new FixedRateSender.Stream() {
                        @Override
                        public void line(String line, long dueMillis) throws IOException {
                            synchronized (KafkaFeed.this) {
                                send(line.getBytes(StandardCharsets.UTF_8), dueMillis);
                            }
                        }

                        @Override
                        public void flush() throws IOException {
                            KafkaFeed.this.flush();
                        }
                    });
        } finally {
            end();
        }
    }

    /**
     * Sends {@code lines} at {@code linesPerSecond}, each stamped with its time on that timetable
     * and counted in {@link #pacedSent()} once handed to the producer; returns when the broker has
     * them all. The fault runs' input: it goes on arriving whatever the job does.
     */
    @SuppressWarnings("unchecked")
    public void sendPaced(List<String> lines, int linesPerSecond) throws IOException, InterruptedException {
        begin();
        try {
            synchronized (this) {
                pacedPartitions = new int[lines.size()];
                pacedRecords = new Future[lines.size()];
            }
            long start = System.nanoTime();
            long startMillis = System.currentTimeMillis();
            for (int i = 0; i < lines.size(); i++) {
                long dueNanos = (long) (i * 1e9 / linesPerSecond);
                long ahead = dueNanos - (System.nanoTime() - start);
                if (ahead > 1_000_000L) {
                    Thread.sleep(ahead / 1_000_000L, (int) (ahead % 1_000_000L));
                }
                synchronized (this) {
                    pacedPartitions[i] = next;
                    pacedRecords[i] = send(lines.get(i).getBytes(StandardCharsets.UTF_8), startMillis + dueNanos / 1_000_000L);
                }
                pacedSent = i + 1;
            }
            flush();
        } finally {
            end();
        }
    }

    /**
     * Deletes from the topic every record {@link #sendPaced} sent up to line {@code line} (and
     * the heartbeats among them), in every partition: from then on only a checkpoint that holds
     * them can give their words back, as a file emptied once counted does in the file fault run.
     */
    public void deleteUpTo(int line) throws IOException, InterruptedException {
        Map<TopicPartition, RecordsToDelete> before = new HashMap<>();
        try {
            for (int partition = 0; partition < partitions; partition++) {
                Future<RecordMetadata> last = null;
                synchronized (this) {
                    for (int i = Math.min(line, pacedPartitions.length - 1); i >= 0 && last == null; i--) {
                        last = pacedPartitions[i] == partition ? pacedRecords[i] : null;
                    }
                }
                if (last != null) {
                    before.put(new TopicPartition(topic, partition), RecordsToDelete.beforeOffset(last.get().offset() + 1));
                }
            }
            admin.deleteRecords(before).all().get();
        } catch (ExecutionException e) {
            throw new IOException("could not delete the records of topic " + topic + " up to line " + line + ": "
                    + e.getCause().getMessage(), e);
        }
    }

    /** Lines {@link #sendPaced} has sent so far. */
    public int pacedSent() {
        return pacedSent;
    }

    /** Sends {@code value} to the next partition, stamped {@code millis} or, were that behind the partition's last, with that. */
    private Future<RecordMetadata> send(byte[] value, long millis) throws IOException {
        throwIfFailed();
        int partition = next;
        next = (next + 1) % partitions;
        long stamp = Math.max(millis, stamped[partition]);
        stamped[partition] = stamp;
        return producer.send(new ProducerRecord<>(topic, partition, stamp, null, value), (metadata, exception) -> {
            if (exception instanceof KafkaException kafka && failure == null) {
                failure = kafka;
            } else if (exception != null && failure == null) {
                failure = new KafkaException(exception);
            }
        });
    }

    /** Returns when the broker has acknowledged every record sent so far. */
    private void flush() throws IOException {
        producer.flush();
        throwIfFailed();
    }

    private void throwIfFailed() throws IOException {
        KafkaException failed = failure;
        if (failed != null) {
            throw new IOException("the broker refused a record of topic " + topic + ": " + failed.getMessage(), failed);
        }
    }

    private synchronized void begin() {
        sending = true;
    }

    private synchronized void end() {
        sending = false;
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
            // reported by the next send of a phase
        }
    }

    /** The partitions' newest timestamps, for tests. */
    synchronized Map<Integer, Long> stamps() {
        Map<Integer, Long> stamps = new java.util.TreeMap<>();
        for (int i = 0; i < partitions; i++) {
            stamps.put(i, stamped[i]);
        }
        return stamps;
    }

    @Override
    public void close() throws IOException {
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
