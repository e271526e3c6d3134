package dev.streamcompare.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.junit.jupiter.api.Test;

/** The socket source's reader: lines as {@code readLine} splits them, across reads and reconnections, and its end. */
class Utf8SocketLinesTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Fetches until the split finishes or the bound passes; the lines read, and whether it finished. */
    private static Fetched fetchAll(Utf8SocketLines reader) throws IOException {
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            RecordsWithSplitIds<String> records = reader.fetch();
            for (String split = records.nextSplit(); split != null; split = records.nextSplit()) {
                for (String line = records.nextRecordFromSplit(); line != null; line = records.nextRecordFromSplit()) {
                    lines.add(line);
                }
            }
            if (records.finishedSplits().contains(Utf8SocketSource.Connection.ID)) {
                return new Fetched(lines, true);
            }
        }
        return new Fetched(lines, false);
    }

    private record Fetched(List<String> lines, boolean ended) {}

    private static Utf8SocketLines reader(int port, int maxRetry) {
        Utf8SocketLines reader = new Utf8SocketLines("127.0.0.1", port, maxRetry);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(new Utf8SocketSource.Connection())));
        return reader;
    }

    /** Writes each chunk with a flush and a pause, so that the reader sees them in separate reads. */
    private static Thread serve(ServerSocket server, byte[]... chunks) {
        Thread thread = new Thread(() -> {
            try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
                for (byte[] chunk : chunks) {
                    out.write(chunk);
                    out.flush();
                    Thread.sleep(Utf8SocketLines.READ_TIMEOUT_MILLIS * 2L);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void splitsLinesAsReadLineDoesAcrossReadsAndEndsWithTheConnectionsLastLine() throws Exception {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        try (ServerSocket server = new ServerSocket(0)) {
            Thread sender = serve(server,
                    "one\r".getBytes(StandardCharsets.UTF_8), // \r\n split across two reads is one line end
                    "\ntw".getBytes(StandardCharsets.UTF_8),
                    new byte[] {'o', ' ', euro[0]}, // a character split across reads is decoded whole
                    new byte[] {euro[1], euro[2], '\r', 't', 'h', 'r', 'e', 'e', '\n', '\n', 'l', 'a', 's', 't'});
            try (Utf8SocketLines reader = reader(server.getLocalPort(), 0)) {
                Fetched fetched = fetchAll(reader);
                assertThat(fetched.ended()).isTrue();
                assertThat(fetched.lines()).containsExactly("one", "two €", "three", "", "last");
            }
            sender.join();
        }
    }

    @Test
    void connectsAgainWhenTheServerClosesAndEndsWhenNoRetryIsLeft() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Thread first = serve(server, "a b\n".getBytes(StandardCharsets.UTF_8));
            Thread second = new Thread(() -> {
                try {
                    first.join();
                    serve(server, "c\n".getBytes(StandardCharsets.UTF_8)).join();
                    server.close(); // the next attempt is refused: no server any more
                } catch (InterruptedException | IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            second.start();
            try (Utf8SocketLines reader = reader(server.getLocalPort(), 2)) {
                Fetched fetched = fetchAll(reader);
                assertThat(fetched.lines()).containsExactly("a b", "c");
                assertThat(fetched.ended()).as("a refused last retry ends the stream of a server that was reached").isTrue();
            }
            second.join();
        }
    }

    @Test
    void failsInOneLineWhenTheServerWasNeverReached() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (Utf8SocketLines reader = reader(port, 1)) {
            assertThatThrownBy(() -> fetchAll(reader)).isInstanceOf(IOException.class)
                    .hasMessage("cannot connect to 127.0.0.1:" + port + " (Connection refused)").hasNoCause();
        }
    }

    /** A fetch waiting to connect again to a server that is gone returns when woken up: a cancel is not held up by it. */
    @Test
    void aWakeUpEndsTheWaitForTheNextConnectionAttempt() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (Utf8SocketLines reader = reader(port, -1)) {
            reader.fetch(); // refused: the next attempt is due in 500 ms
            reader.wakeUp(); // as Flink does to a fetch it wants back, waiting or about to
            long start = System.nanoTime();
            assertThat(reader.fetch().nextSplit()).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(400));
        }
    }

    @Test
    void aQuietServerGivesEmptyFetchesNotABlockedReader() throws Exception {
        try (ServerSocket server = new ServerSocket(0); Utf8SocketLines reader = reader(server.getLocalPort(), 0)) {
            Thread accept = new Thread(() -> {
                try (Socket quiet = server.accept()) {
                    Thread.sleep(2_000);
                } catch (IOException | InterruptedException e) {
                    // closed at the end of the test
                }
            });
            accept.start();
            long start = System.nanoTime();
            RecordsWithSplitIds<String> records = reader.fetch();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(records.nextSplit()).isNull();
            assertThat(records.finishedSplits()).isEqualTo(Set.of());
            accept.interrupt();
            accept.join();
        }
    }
}
