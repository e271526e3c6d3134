package dev.streamcompare.harness.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** The few calls of a Flink cluster's REST API the harness makes: a job's state, and cancelling it. */
public final class FlinkRest {

    private static final Set<String> ENDED = Set.of("FINISHED", "CANCELED", "FAILED", "SUSPENDED");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public FlinkRest(ClusterOptions.Address rest) {
        this.base = URI.create("http://" + rest + "/");
    }

    /** GET {@code path} as JSON. */
    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + base.resolve(path) + ": HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /** The job's state: RUNNING, CANCELED, … */
    String state(String jobId) throws IOException, InterruptedException {
        return get("jobs/" + jobId).path("state").asText();
    }

    /**
     * Cancels the job if it has not ended, and waits at most {@code bound} for it to end; returns
     * the state it was found in.
     */
    public String cancelIfRunning(String jobId, Duration bound) throws IOException, InterruptedException {
        String found = state(jobId);
        if (ENDED.contains(found)) {
            return found;
        }
        HttpRequest cancel = HttpRequest.newBuilder(base.resolve("jobs/" + jobId + "?mode=cancel")).timeout(Duration.ofSeconds(10))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build();
        int status = http.send(cancel, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 != 2) {
            throw new IOException("cancelling Flink job " + jobId + ": HTTP " + status);
        }
        long deadline = System.nanoTime() + bound.toNanos();
        while (!ENDED.contains(state(jobId))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("Flink job " + jobId + " still not ended " + bound.toSeconds() + " s after it was cancelled");
            }
            Thread.sleep(200);
        }
        return found;
    }
}
