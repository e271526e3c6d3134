package dev.streamcompare.flink;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.awaitility.core.ConditionTimeoutException;

/** The Flink part of what the streaming job tests share: a 2-slot MiniCluster; the rest is in testkit's {@code Fixtures}. */
final class StreamingJobTestSupport {

    private StreamingJobTestSupport() {}

    static MiniClusterExtension miniCluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());
    }

    static StreamExecutionEnvironment environment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        return env;
    }

    /**
     * Cancels {@code job} and waits until it has ended. {@code cancel()} returns when the cancel is
     * accepted, while the tasks may still hold both slots: the next test's job would wait for them
     * (the MiniCluster extension cancels nothing between tests).
     */
    static void cancel(JobClient job) throws Exception {
        if (!job.getJobExecutionResult().isDone()) {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
        try {
            job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException ended) {
            // cancelled (or failed before): ended either way
        }
    }

    /**
     * Waits up to {@code bound} for the summed output to be {@code expected}. Fails at once if the
     * job ends first (with its cause), and on time-out says how the job stood and which words differed.
     */
    static void awaitCounts(JobClient job, Duration bound, Supplier<Map<String, Long>> output, Map<String, Long> expected) {
        try {
            await().atMost(bound).pollInterval(Duration.ofMillis(100))
                    .until(() -> job.getJobExecutionResult().isDone() || output.get().equals(expected));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("after " + bound.toSeconds() + " s the job is " + status(job) + " and its output differs from the reference: "
                    + difference(output.get(), expected), e);
        }
        if (job.getJobExecutionResult().isDone()) {
            String ended = "the job ended before its output was complete: " + difference(output.get(), expected);
            try {
                job.getJobExecutionResult().get();
            } catch (Exception e) {
                throw new AssertionError(ended, e);
            }
            throw new AssertionError(ended);
        }
    }

    private static String status(JobClient job) {
        try {
            return job.getJobStatus().get(10, TimeUnit.SECONDS).toString();
        } catch (Exception e) {
            return "of unknown status (" + e + ")";
        }
    }

    private static String difference(Map<String, Long> actual, Map<String, Long> expected) {
        TreeSet<String> words = new TreeSet<>(expected.keySet());
        words.addAll(actual.keySet());
        var differing = words.stream().filter(w -> !Objects.equals(actual.get(w), expected.get(w))).toList();
        return differing.size() + " of " + words.size() + " words (total " + sum(actual) + " counted, " + sum(expected) + " expected), e.g. "
                + differing.stream().limit(5).map(w -> w + ": " + actual.get(w) + " not " + expected.get(w)).collect(Collectors.joining(", "));
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The files under the checkpoints' {@code shared} folders of {@code checkpoint}: what incremental checkpoints upload. */
    static long sharedFiles(java.nio.file.Path checkpoint) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(checkpoint)) {
            return files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> checkpoint.relativize(f).toString().contains("/shared/")).count();
        }
    }
}
