package dev.streamcompare.common;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What every Kafka job checks before its engine starts: that a broker answers at the bootstrap
 * address and that the topic exists. Without it, the engines differ and none says so in a line:
 * Flink's source finds no partition and idles, Spark's consumers retry and log, and a topic
 * created by the broker's auto-creation would take whatever partitions it defaults to.
 *
 * <p>{@code kafka-clients} is {@code provided} here: each job module brings the version of its
 * engine's connector, and the Admin calls used here are the same in all of them.
 */
public final class KafkaTopics {

    private KafkaTopics() {}

    /**
     * An admin client of the broker at {@code bootstrap} whose calls give up after {@code timeout}
     * (its request timeout set too: Kafka refuses an API timeout below the request timeout).
     */
    public static Admin admin(String bootstrap, Duration timeout) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return Admin.create(properties);
    }

    /** The number of partitions of {@code topic}; a {@link BadInputException} when there is no broker or no topic. */
    public static int requirePartitions(String bootstrap, String topic, Duration timeout) {
        Admin admin = admin(bootstrap, timeout);
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return description.partitions().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new BadInputException("topic '" + topic + "' does not exist on the Kafka broker at " + bootstrap
                        + ": create it first (./compare.sh produce makes it, or kafka-topics.sh --create)");
            }
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw noBroker(bootstrap, timeout);
            }
            throw new BadInputException("the Kafka broker at " + bootstrap + " refused to describe topic '" + topic + "': "
                    + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw noBroker(bootstrap, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + bootstrap + " for topic " + topic, e);
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private static BadInputException noBroker(String bootstrap, Duration timeout) {
        return new BadInputException("no Kafka broker answered at " + bootstrap + " within " + timeout.toSeconds()
                + " s: start one (cluster/start kafka) or give its address with --bootstrap");
    }
}
