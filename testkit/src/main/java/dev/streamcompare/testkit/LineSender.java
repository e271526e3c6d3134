package dev.streamcompare.testkit;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.TextFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The seed's {@code client.py}: connects to a server and sends a text file line by line, with a
 * pause after each line (the seed's {@code time.sleep(1)}). Lines go out whole, UTF-8, each
 * ended by a newline.
 */
public final class LineSender {

    private final Path input;
    private final Duration delay;
    private final int repeat;

    public LineSender(Path input, Duration delay, int repeat) {
        this.input = input;
        this.delay = delay;
        this.repeat = repeat;
    }

    /** Connects to {@code host:port}, sends the input and returns the number of lines sent. */
    public long sendTo(String host, int port) throws IOException, InterruptedException {
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(host, port), 10_000);
            } catch (ConnectException e) {
                throw new BadInputException("nothing listens on " + host + ":" + port + " (" + e.getMessage() + ")");
            }
            Writer writer = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            long sent = 0;
            for (int round = 0; round < repeat; round++) {
                try (BufferedReader reader = TextFiles.reader(input)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        writer.write(line);
                        writer.write('\n');
                        sent++;
                        if (!delay.isZero()) {
                            writer.flush();
                            Thread.sleep(delay.toMillis());
                        }
                    }
                }
            }
            writer.flush();
            socket.shutdownOutput();
            return sent;
        }
    }
}
