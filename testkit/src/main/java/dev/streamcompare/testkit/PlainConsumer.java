package dev.streamcompare.testkit;

import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The seed's {@code consumer.py} without an engine: listens on a port, accepts one connection,
 * keeps a running count of its words and prints the top words each time data arrives.
 *
 * <p>Unlike the seed's {@code recv(64)}, which can cut a word in two at a read boundary, this
 * reads whole lines: a word never spans a newline, so no word is ever split.
 */
public final class PlainConsumer implements Closeable {

    private final ServerSocket server;
    private final int top;
    private final Consumer<String> out;

    private PlainConsumer(ServerSocket server, int top, Consumer<String> out) {
        this.server = server;
        this.top = top;
        this.out = out;
    }

    /**
     * Binds {@code bindAddress:port} (port 0: any free port) and returns without accepting; the
     * lines it prints go to {@code out}.
     */
    public static PlainConsumer listen(String bindAddress, int port, int top, Consumer<String> out) throws IOException {
        return new PlainConsumer(ServerSockets.bind(bindAddress, port), top, out);
    }

    /** The port listened on. */
    public int port() {
        return server.getLocalPort();
    }

    /** Accepts one connection and counts it to its end. */
    public WordCounter acceptAndCount() throws IOException {
        try (Socket connection = server.accept()) {
            return count(connection.getInputStream());
        }
    }

    /** Counts the UTF-8 lines of {@code in} to its end, printing the top words after each burst. */
    public WordCounter count(InputStream in) throws IOException {
        WordCounter counter = new WordCounter();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        boolean changed = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            long before = counter.total();
            counter.addLine(line);
            changed |= counter.total() > before;
            // Print once per burst of data, not once per line: at full speed a line a print would
            // cost more than the counting.
            if (changed && !reader.ready()) {
                out.accept(format(counter.top(top)));
                changed = false;
            }
        }
        out.accept("end of stream: " + counter.total() + " words, " + counter.distinct() + " distinct");
        out.accept(format(counter.top(top)));
        return counter;
    }

    /** How the top words are printed: {@code [(the, 13600), (of, 8127)]}, as the seed's consumer.py. */
    public static String format(List<WordCount> top) {
        return top.stream().map(e -> "(" + e.word() + ", " + e.count() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
