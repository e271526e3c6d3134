package dev.streamcompare.harness.feed;

import dev.streamcompare.testkit.ServerSockets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The producer of the fault runs: a TCP text server on loopback that sends its lines at a fixed
 * rate to whichever job is connected, serving one client after another (as {@code nc -lk} does).
 * It never drops a line itself: while no job is connected, it waits for one. What a killed job
 * had not counted of the lines written to its connection is lost by the job, not here. It can
 * also fail on purpose: close the connection and stop listening for a while, then come back on
 * the same port. It records when each line was written ({@link #timeline()}) and which lines went
 * to which connection ({@link #connectionsSoFar()}): what a killed job can have lost is read from there.
 */
public final class LineProducer implements AutoCloseable {

    /** Lines are written in slices of this length, then flushed. */
    private static final long SLICE_MILLIS = 20;

    private final int port;
    private final List<String> lines;
    private final int linesPerSecond;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final LineTimeline timeline = new LineTimeline();
    private final List<Connection> connectionList = new ArrayList<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile ServerSocket server;
    private volatile Socket client;
    private volatile boolean closed;
    private volatile int outageAtLine = -1;
    private volatile Duration outage = Duration.ZERO;
    private volatile long reconnectedAfterMillis = -1;

    /**
     * The lines one connection took: {@code [firstLine, endLine)}, the end -1 while it is open. A
     * connection that broke took every line written to it, read by the job or not.
     */
    public record Connection(int firstLine, int endLine) {}

    public LineProducer(List<String> lines, int linesPerSecond) throws IOException {
        this.server = ServerSockets.bind("127.0.0.1", 0);
        this.port = server.getLocalPort();
        this.lines = lines;
        this.linesPerSecond = linesPerSecond;
    }

    public int port() {
        return port;
    }

    /** Fails once, before line {@code line}: closes the connection, stops listening for {@code downtime}, comes back. */
    public LineProducer failingAt(int line, Duration downtime) {
        this.outageAtLine = line;
        this.outage = downtime;
        return this;
    }

    /** Starts sending in a thread of its own; {@link #done()} completes after the last line. */
    public LineProducer start() {
        Thread thread = new Thread(this::sendAll, "line-producer-" + port);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void sendAll() {
        try {
            BufferedWriter out = null;
            long start = System.nanoTime();
            long pausedNanos = 0;
            int i = 0;
            while (i < lines.size() && !closed) {
                if (i == outageAtLine) {
                    long failed = System.nanoTime();
                    failNow();
                    out = null;
                    long listening = System.nanoTime();
                    connect();
                    reconnectedAfterMillis = (System.nanoTime() - listening) / 1_000_000L;
                    pausedNanos += System.nanoTime() - failed;
                    outageAtLine = -1;
                }
                if (out == null) {
                    long waiting = System.nanoTime();
                    out = new BufferedWriter(new OutputStreamWriter(connect().getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
                    pausedNanos += System.nanoTime() - waiting;
                }
                // The lines due by the end of this slice, stopping short of a planned outage.
                long elapsed = System.nanoTime() - start - pausedNanos;
                int due = (int) Math.min(lines.size(), (elapsed / 1_000_000L + SLICE_MILLIS) * linesPerSecond / 1000);
                if (outageAtLine > i) {
                    due = Math.min(due, outageAtLine);
                }
                try {
                    for (; i < due; i++) {
                        out.write(lines.get(i));
                        out.write('\n');
                    }
                    out.flush();
                    sent.set(i);
                    timeline.written(System.currentTimeMillis(), i);
                } catch (IOException brokenConnection) {
                    // The job went away: what it had not read of these lines is its loss. Next client.
                    sent.set(i);
                    timeline.written(System.currentTimeMillis(), i);
                    closeClient();
                    out = null;
                    continue;
                }
                Thread.sleep(SLICE_MILLIS);
            }
            if (out != null) {
                out.flush();
            }
            done.complete(null);
        } catch (IOException | InterruptedException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    /** The connected client, or the next one to connect. */
    private Socket connect() throws IOException {
        Socket current = client;
        if (current == null || current.isClosed()) {
            current = server.accept();
            client = current;
            connections.incrementAndGet();
            synchronized (connectionList) {
                connectionList.add(new Connection(sent.get(), -1));
            }
        }
        return current;
    }

    private void failNow() throws IOException, InterruptedException {
        closeClient();
        server.close();
        Thread.sleep(outage.toMillis()); // the outage itself, part of the scenario
        server = ServerSockets.bind("127.0.0.1", port);
    }

    private void closeClient() {
        Socket current = client;
        client = null;
        if (current != null) {
            synchronized (connectionList) {
                int last = connectionList.size() - 1;
                if (last >= 0 && connectionList.get(last).endLine() < 0) {
                    connectionList.set(last, new Connection(connectionList.get(last).firstLine(), sent.get()));
                }
            }
            try {
                current.close();
            } catch (IOException ignored) {
                // gone already
            }
        }
    }

    /** Lines written so far. */
    public int sent() {
        return sent.get();
    }

    /** When each line was written. */
    public LineTimeline timeline() {
        return timeline;
    }

    /** The connections accepted so far, in order, with the lines each took. */
    public List<Connection> connectionsSoFar() {
        synchronized (connectionList) {
            return List.copyOf(connectionList);
        }
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** After the planned outage: how long the job took to connect again once the producer listened again, or -1. */
    public long reconnectedAfterMillis() {
        return reconnectedAfterMillis;
    }

    public CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        closeClient();
        server.close();
    }
}
