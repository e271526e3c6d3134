package dev.streamcompare.harness.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live page's server, on loopback, by the JDK's HTTP server: the page, its script, uPlot from
 * its webjar in the harness jar (no CDN), the events as server-sent events, at most one message a
 * second per page, and the finished report once there is one.
 */
final class LiveServer implements AutoCloseable {

    /** At most one message a second to each page. */
    static final long PUSH_MILLIS = 1000;

    private static final String UPLOT = "META-INF/resources/webjars/uplot/";
    private static final Map<String, String> PAGE = Map.of(
            "/", "live/index.html", "/live.js", "live/live.js", "/live.css", "live/live.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    private final HttpServer server;
    private final LiveLog log;
    private final ExecutorService threads;
    private volatile Path report;
    private volatile int reportsServed;
    private final java.util.concurrent.atomic.AtomicInteger watching = new java.util.concurrent.atomic.AtomicInteger();

    /** This server's events, told from another's (a page left open on the port across comparisons). */
    private final String session;

    private LiveServer(HttpServer server, LiveLog log, String session) {
        this.server = server;
        this.log = log;
        this.session = session;
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "live-view");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", loopbackOnly(this::page));
        server.createContext("/uplot/", loopbackOnly(this::uplot));
        server.createContext("/events", loopbackOnly(this::events));
        server.createContext("/report/", loopbackOnly(this::report));
        server.start();
    }

    /** Serves {@code log} on loopback at {@code port}, or at a port of the system's choosing if that one is taken (or 0). */
    static LiveServer start(int port, LiveLog log, String session) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (BindException taken) {
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        }
        return new LiveServer(server, log, session);
    }

    /**
     * {@code handler}, for requests that name this server as 127.0.0.1 or localhost: a page of
     * another site that a DNS name pointed here (DNS rebinding) is refused.
     */
    private HttpHandler loopbackOnly(HttpHandler handler) {
        return exchange -> {
            int port = server.getAddress().getPort();
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !(host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
                send(exchange, 403, "text/plain; charset=utf-8", "only as 127.0.0.1 or localhost\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            handler.handle(exchange);
        };
    }

    URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    /** From now on, {@code /report/report.html} is {@code file}. */
    void report(Path file) {
        this.report = file;
    }

    boolean hasReport() {
        return report != null;
    }

    /** Pages connected to the events now. */
    int watching() {
        return watching.get();
    }

    /** How many times the finished report was fetched. */
    int reportsServed() {
        return reportsServed;
    }

    private void page(HttpExchange exchange) throws IOException {
        String resource = PAGE.get(exchange.getRequestURI().getPath());
        if (resource == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "not here\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)), resource(resource));
    }

    /** uPlot's script, style sheet and licence, from the webjar. */
    private void uplot(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/uplot/".length());
        if (!List.of("uPlot.iife.min.js", "uPlot.min.css", "LICENSE").contains(name)) {
            send(exchange, 404, "text/plain; charset=utf-8", "not here\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = UPLOT + uplotVersion() + (name.equals("LICENSE") ? "/" : "/dist/") + name;
        send(exchange, 200, name.endsWith(".js") ? TYPES.get("js") : name.endsWith(".css") ? TYPES.get("css")
                : "text/plain; charset=utf-8", resource(path));
    }

    private void report(HttpExchange exchange) throws IOException {
        Path file = report;
        if (file == null || !exchange.getRequestURI().getPath().equals("/report/report.html") || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain; charset=utf-8", "no report yet\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(exchange, 200, TYPES.get("html"), Files.readAllBytes(file));
        reportsServed++;
    }

    /**
     * The events as a stream of server-sent events: each message the events since the last one, as a
     * JSON array, its id the place reached, so that a page that reconnects is sent only what it missed.
     */
    private void events(HttpExchange exchange) throws IOException {
        int from = place(exchange.getRequestHeaders().getFirst("Last-Event-ID"));
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        watching.incrementAndGet();
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!log.closed() || log.size() > from) {
                if (!log.await(from, PUSH_MILLIS * 15)) {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8)); // tells a page gone from one still there
                    out.flush();
                    continue;
                }
                List<String> events = log.since(from);
                from += events.size();
                String message = "id: " + session + "-" + from + "\ndata: [" + String.join(",", events) + "]\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(PUSH_MILLIS);
            }
        } catch (IOException pageGone) {
            // the page closed or reloaded: it will ask again with the place it reached
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watching.decrementAndGet();
        }
    }

    /** The place a page reached, from the id of its last event: 0 for none, or an id of another server's. */
    private int place(String lastEventId) {
        String prefix = session + "-";
        if (lastEventId == null || !lastEventId.trim().startsWith(prefix)) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(lastEventId.trim().substring(prefix.length())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = LiveServer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing from the harness jar: " + path);
            }
            return in.readAllBytes();
        }
    }

    /** The webjar's version, from its Maven metadata, so that the pom names it once. */
    private static String uplotVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LiveServer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            if (in == null) {
                throw new IOException("uPlot's webjar is missing from the harness jar");
            }
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    /** Stops serving: pages still connected get the last events first, within a second. */
    @Override
    public void close() {
        log.close();
        server.stop(1);
        threads.shutdownNow();
    }
}
