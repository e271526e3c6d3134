package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.KafkaTopics;
import dev.streamcompare.common.InputFiles;
import dev.streamcompare.common.TextFiles;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code produce}: a text file into a Kafka topic, a record per line, for the Kafka jobs run by hand. */
@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Sends a text file to a Kafka topic, one record per line (its value the line, UTF-8, no key), the lines dealt round-robin to its partitions, "
                + "making the topic first when it does not exist; returns when the broker has every record.")
final class ProduceCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", defaultValue = "127.0.0.1:9092", paramLabel = "HOST:PORT",
            description = "The broker (default: ${DEFAULT-VALUE}, cluster/start kafka's).")
    String bootstrap;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "Topic to send to.")
    String topic;

    @Option(names = "--partitions", defaultValue = "2", paramLabel = "N",
            description = "Partitions of the topic when it is made here (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Text file to send, UTF-8.")
    String input;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N", description = "Send the file N times (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        if (partitions < 1 || repeat < 1) {
            throw new BadInputException("--partitions and --repeat must be at least 1");
        }
        InputFiles.requireReadableFile(input);
        try (Admin client = KafkaTopics.admin(bootstrap, TIMEOUT)) {
            Set<String> topics = client.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!topics.contains(topic)) {
                client.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                spec.commandLine().getErr().println("produce: made topic " + topic + " with " + partitions + " partitions");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new BadInputException("no Kafka broker answered at " + bootstrap + " within " + TIMEOUT.toSeconds()
                    + " s, or it refused the topic: " + JobCli.rootMessage(e));
        }
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        long lines = 0;
        try (KafkaProducer<byte[], byte[]> out = new KafkaProducer<>(producer)) {
            // Round-robin, not Kafka's sticky default: every partition gets newer records, so that
            // Flink's per-partition watermark moves in each and the batches before them are published.
            int topicPartitions = out.partitionsFor(topic).size();
            for (int i = 0; i < repeat; i++) {
                try (BufferedReader reader = TextFiles.reader(Path.of(input))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        out.send(new ProducerRecord<>(topic, (int) (lines % topicPartitions), null, line.getBytes(StandardCharsets.UTF_8)));
                        lines++;
                    }
                }
            }
            out.flush();
        }
        spec.commandLine().getErr().println("produce: " + lines + " lines sent to topic " + topic + " at " + bootstrap);
        return 0;
    }
}
