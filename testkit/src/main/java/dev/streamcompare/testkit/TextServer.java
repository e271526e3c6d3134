package dev.streamcompare.testkit;

import dev.streamcompare.common.TextFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@code nc -lk PORT} stand-in: a TCP server that sends a text file, UTF-8, line by line.
 *
 * <p>It serves the input <b>once</b>, to the first client. Clients that connect later (a Spark
 * receiver reconnecting, say) are accepted and get no data, so nothing is counted twice. With
 * {@code closeAfter}, the first connection is closed right after the last line; without, it stays
 * open until the server is closed.
 */
public final class TextServer implements Closeable {

    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Socket> firstClient = new CompletableFuture<>();
    private final CompletableFuture<Long> sent = new CompletableFuture<>();

    private TextServer(ServerSocket server) {
        this.server = server;
        Thread acceptor = new Thread(this::acceptClients, "text-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Listens on {@code bind:port} (port 0: any free one) and serves {@code input}, {@code repeat}
     * times, at {@code linesPerSecond} (0: as fast as the client takes it).
     */
    public static TextServer start(String bind, int port, Path input, int repeat, int linesPerSecond,
                                   boolean closeAfter) throws IOException {
        TextServer textServer = listen(bind, port);
        Thread sender = new Thread(() -> textServer.serve(input, repeat, linesPerSecond, closeAfter), "text-server-send");
        sender.setDaemon(true);
        sender.start();
        return textServer;
    }

    /**
     * Listens on {@code bind:port} (port 0: any free one) and accepts clients, sending nothing:
     * the caller writes to {@link #firstClient()} itself. Later clients are held open, idle.
     */
    public static TextServer listen(String bind, int port) throws IOException {
        return new TextServer(ServerSockets.bind(bind, port));
    }

    /** Completes with the first client's connection once it has connected. */
    public CompletableFuture<Socket> firstClient() {
        return firstClient;
    }

    /** The port listened on. */
    public int port() {
        return server.getLocalPort();
    }

    /** Completes with the number of lines sent once the last one is out; fails if sending failed. */
    public CompletableFuture<Long> sent() {
        return sent;
    }

    private void acceptClients() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                firstClient.complete(client); // only the first completes it
            } catch (IOException e) {
                break; // closed
            }
        }
    }

    private void serve(Path input, int repeat, int linesPerSecond, boolean closeAfter) {
        try {
            Socket client = firstClient.get();
            long lines = sendInput(client, input, repeat, linesPerSecond);
            if (closeAfter) {
                client.close();
            }
            sent.complete(lines);
        } catch (Exception e) {
            sent.completeExceptionally(e);
        }
    }

    private static long sendInput(Socket client, Path input, int repeat, int linesPerSecond)
            throws IOException, InterruptedException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        long lines = 0;
        long start = System.nanoTime();
        for (int round = 0; round < repeat; round++) {
            try (BufferedReader reader = TextFiles.reader(input)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    writer.write(line);
                    writer.write('\n');
                    lines++;
                    if (linesPerSecond > 0) {
                        pace(writer, lines, start, linesPerSecond);
                    }
                }
            }
        }
        writer.flush();
        return lines;
    }

    /** Holds back until {@code lines} are due at the configured rate. */
    private static void pace(Writer writer, long lines, long startNanos, int linesPerSecond) throws IOException, InterruptedException {
        long dueNanos = startNanos + lines * 1_000_000_000L / linesPerSecond;
        long aheadNanos = dueNanos - System.nanoTime();
        if (aheadNanos > 1_000_000L) {
            writer.flush();
            Thread.sleep(aheadNanos / 1_000_000L, (int) (aheadNanos % 1_000_000L));
        }
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() throws IOException {
        server.close();
        for (Socket client : clients) {
            try {
                client.close();
            } catch (SocketException ignored) {
                // already gone
            }
        }
        firstClient.completeExceptionally(new IOException("server closed"));
        sent.completeExceptionally(new IOException("server closed"));
    }
}
