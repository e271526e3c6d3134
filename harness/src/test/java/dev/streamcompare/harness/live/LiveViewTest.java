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
            await().atMost(Duration.ofSeconds(10)).until(() -> page.ofType("batch").size() == 2 && page.ofType("latency").size() == 1);
            run.finished(RunResult.failed(Identity.of(Job.SOCKET, Engine.FLINK), 1, "a deliberate failure"));
            run.close();
            live.finished(report.getParent(), false);
            await().atMost(Duration.ofSeconds(10)).until(() -> !page.ofType("done").isEmpty());

            assertThat(page.ofType("plan").get(0).get("command").asText()).isEqualTo("./compare.sh --quick");
            JsonNode started = page.ofType("run").get(0);
            assertThat(started.get("engine").asText()).isEqualTo("flink");
            assertThat(started.get("colour").asText()).startsWith("#");
            assertThat(page.ofType("batch").get(1).get("words").asLong()).isEqualTo(10);
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
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < page.arrivals.size(); i++) {
                gaps.add(page.arrivals.get(i) - page.arrivals.get(i - 1));
            }
            assertThat(page.arrivals.size()).isBetween(2, 6);
            assertThat(gaps).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(LiveServer.PUSH_MILLIS - 100));
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
}
