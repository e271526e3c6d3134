package dev.streamcompare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextServerTest {

    @TempDir
    Path folder;

    private static List<String> readAll(Socket socket) throws Exception {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void servesTheInputOnceToTheFirstClientAndNothingToLaterOnes() throws Exception {
        Path input = Files.writeString(folder.resolve("in.txt"), "caf\u00E9 na\u00EFve\n\uD83D\uDE00 x\n", StandardCharsets.UTF_8);
        try (TextServer server = TextServer.start("127.0.0.1", 0, input, 2, 0, true)) {
            try (Socket first = new Socket("127.0.0.1", server.port())) {
                assertThat(readAll(first)).containsExactly("caf\u00E9 na\u00EFve", "\uD83D\uDE00 x", "caf\u00E9 na\u00EFve", "\uD83D\uDE00 x");
            }
            assertThat(server.sent().get(10, TimeUnit.SECONDS)).isEqualTo(4);
            try (Socket later = new Socket("127.0.0.1", server.port())) {
                later.setSoTimeout(300);
                // Accepted and held open, with nothing sent: the read times out.
                assertThatThrownBy(() -> later.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            }
        }
    }

    @Test
    void pacesLinesAtTheGivenRate() throws Exception {
        Path input = Files.writeString(folder.resolve("in.txt"), "a\nb\nc\nd\ne\nf\n");
        try (TextServer server = TextServer.start("127.0.0.1", 0, input, 1, 20, true);
             Socket client = new Socket("127.0.0.1", server.port())) {
            long start = System.nanoTime();
            assertThat(readAll(client)).hasSize(6);
            assertThat(System.nanoTime() - start).as("6 lines at 20/s take at least 250 ms").isGreaterThan(250_000_000L);
        }
    }
}
