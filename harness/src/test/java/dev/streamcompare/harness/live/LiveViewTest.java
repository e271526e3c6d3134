package dev.streamcompare.harness.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.run.RunEvents;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    /** Reads the event stream on a thread of its own: each message's time of arrival and its events. */
    private static final class Stream implements AutoCloseable {
        final List<Long> arrivals = new CopyOnWriteArrayList<>();
        final List<JsonNode> events = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile java.io.InputStream body;

        Stream(HttpClient http, URI events) {
            reader = new Thread(() -> {
                try {
                    HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(events).build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    body = response.body();
                    BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("data: ")) {
                            arrivals.add(System.currentTimeMillis());
                            JSON.readTree(line.substring(6)).forEach(this.events::add);
                        }
                    }
                } catch (Exception e) {
                    // closed
                }
            }, "live-view-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        List<JsonNode> ofType(String type) {
            return events.stream().filter(e -> e.get("type").asText().equals(type)).toList();
        }

        @Override
        public void close() throws Exception {
            if (body != null) {
                body.close();
            }
        }
    }

    @Test
    void aPageSeesBatchesLatenciesMomentsVerdictAndTheReportAsTheyHappen() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        BatchOutput writer = new BatchOutput(out, 0, new PrintStream(OutputStream.nullOutputStream()));
        Path report = Files.writeString(folder.resolve("report.html"), "<html>the report</html>");
        try (LiveView live = LiveView.start(0); BatchWatcher watcher = new BatchWatcher(out, false);
             Stream page = new Stream(http, live.url().resolve("events"))) {
            live.plan("./compare.sh --quick", "compare", List.of("socket"), List.of("flink"), 1);
            Markers markers = new Markers();
            RunEvents run = live.runStarted("socket flink run 1/1", Identity.of(Job.SOCKET, Engine.FLINK));
            run.watching(watcher, markers);
            run.phase("max rate", 0, 10);
            long sent = System.currentTimeMillis();
            markers.sent(Markers.word(0), sent, sent, 0);
            writer.publish(2000, List.of(new WordCount("a", 4), new WordCount(Markers.word(0), 1)));
            writer.publish(4000, List.of(new WordCount("b", 5)));
            run.moment("kill 1");
            await().atMost(Duration.ofSeconds(10)).until(() -> lastWords(page) == 10 && page.ofType("latency").size() == 1);
            run.finished(RunResult.failed(Identity.of(Job.SOCKET, Engine.FLINK), 1, "a deliberate failure"));
            run.close();
            live.finished(report.getParent(), false);
            await().atMost(Duration.ofSeconds(10)).until(() -> !page.ofType("done").isEmpty());

            assertThat(page.ofType("plan").get(0).get("command").asText()).isEqualTo("./compare.sh --quick");
            JsonNode started = page.ofType("run").get(0);
            assertThat(started.get("engine").asText()).isEqualTo("flink");
            assertThat(started.get("colour").asText()).startsWith("#");
            assertThat(page.ofType("batch")).isNotEmpty().allSatisfy(batch -> assertThat(batch.get("rate").asLong()).isNotNegative());
            assertThat(page.ofType("latency").get(0).get("ms").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(page.ofType("moment").get(0).get("what").asText()).isEqualTo("kill 1");
            JsonNode verdict = page.ofType("verdict").get(0);
            assertThat(verdict.get("ok").asBoolean()).isFalse();
            assertThat(verdict.get("text").asText()).contains("a deliberate failure");
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(live.url().resolve(page.ofType("done").get(0)
                    .get("report").asText())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(served.body()).isEqualTo("<html>the report</html>");
        }
    }

    /** The words counted by the newest publish the page was told of, or -1 before any. */
    private static long lastWords(Stream page) {
        List<JsonNode> batches = page.ofType("batch");
        return batches.isEmpty() ? -1 : batches.get(batches.size() - 1).get("words").asLong();
    }

    @Test
    void eventsArePushedAtMostAboutOnceASecond() throws Exception {
        try (LiveView live = LiveView.start(0); Stream page = new Stream(http, live.url().resolve("events"))) {
            RunEvents run = live.runStarted("a run", null);
            long start = System.currentTimeMillis();
            while (System.currentTimeMillis() - start < 3500) {
                run.moment("moment at " + (System.currentTimeMillis() - start));
                Thread.sleep(20);
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> page.ofType("moment").size() >= 100);
            // About 175 events over 3.5 s: in 4 or 5 messages, not one each (a slow reader may merge, never split, them).
            assertThat(page.arrivals.size()).as("messages").isBetween(2, 7);
        }
    }

    @Test
    void aTakenPortPicksAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             LiveView live = LiveView.start(taken.getLocalPort())) {
            assertThat(live.url().getPort()).isNotEqualTo(taken.getLocalPort()).isPositive();
            assertThat(live.url().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void thePageAndUplotComeFromTheHarnessJar() throws Exception {
        try (LiveView live = LiveView.start(0)) {
            for (String path : List.of("", "live.js", "live.css", "uplot/uPlot.iife.min.js", "uplot/uPlot.min.css", "uplot/LICENSE")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(live.url().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).isNotBlank();
            }
            assertThat(http.send(HttpRequest.newBuilder(live.url().resolve("report/report.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(live.url().resolve("../pom.xml")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void batchFilesFoundInOnePollAreOnePublishNotASecondOneOverAMillisecond() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        BatchOutput writer = new BatchOutput(out, 0, new PrintStream(OutputStream.nullOutputStream()));
        writer.publish(2000, List.of(new WordCount("a", 1000)));
        writer.publish(4000, List.of(new WordCount("b", 1000)));
        try (LiveView live = LiveView.start(0); Stream page = new Stream(http, live.url().resolve("events"));
             BatchWatcher watcher = new BatchWatcher(out, false)) { // its first poll finds both files
            RunEvents run = live.runStarted("two files at once", Identity.of(Job.FILE, Engine.SPARK));
            run.watching(watcher, new Markers());
            await().atMost(Duration.ofSeconds(10)).until(() -> watcher.batches() == 2 && !page.ofType("batch").isEmpty());
            run.finished(RunResult.failed(Identity.of(Job.FILE, Engine.SPARK), 1, "ended"));
            await().atMost(Duration.ofSeconds(10)).until(() -> !page.ofType("verdict").isEmpty());

            assertThat(page.ofType("batch")).hasSize(1);
            assertThat(page.ofType("batch").get(0).get("words").asLong()).isEqualTo(2000);
        }
    }

    @Test
    void aLatencyIsPublishedMinusDueAsTheReportTakesItNotMinusSent() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        BatchOutput writer = new BatchOutput(out, 0, new PrintStream(OutputStream.nullOutputStream()));
        try (LiveView live = LiveView.start(0); BatchWatcher watcher = new BatchWatcher(out, false);
             Stream page = new Stream(http, live.url().resolve("events"))) {
            RunEvents run = live.runStarted("a late sender", Identity.of(Job.SOCKET, Engine.FLINK));
            Markers markers = new Markers();
            run.watching(watcher, markers);
            long sent = System.currentTimeMillis();
            markers.sent(Markers.word(0), sent - 5000, sent, 5000); // due 5 s before the sender got to it
            writer.publish(2000, List.of(new WordCount(Markers.word(0), 1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> page.ofType("latency").size() == 1);
            assertThat(page.ofType("latency").get(0).get("ms").asLong()).isGreaterThanOrEqualTo(5000);
            assertThat(page.ofType("latency").get(0).get("at").asLong()).isEqualTo(sent - 5000);
        }
    }

    @Test
    void aRequestThatNamesAnotherHostIsRefused() throws Exception {
        try (LiveView live = LiveView.start(0); java.net.Socket socket = new java.net.Socket(live.url().getHost(), live.url().getPort())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: attacker.example:" + live.url().getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(status).contains("403");
        }
    }
}
