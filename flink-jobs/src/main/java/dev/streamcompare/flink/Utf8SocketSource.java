package dev.streamcompare.flink;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.api.functions.source.legacy.SourceFunction;

/**
 * What {@code env.socketTextStream(host, port)} does — connect once, emit each line, end the
 * stream when the server closes — but decoding UTF-8 wherever the job runs: Flink's own
 * {@code SocketTextStreamFunction} decodes with the TaskManager's platform charset. Like it, a
 * legacy, non-parallel source that cannot replay what it read.
 */
final class Utf8SocketSource implements SourceFunction<String> {

    private static final long serialVersionUID = 1L;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int port;
    private transient volatile Socket socket;
    private volatile boolean running = true;

    Utf8SocketSource(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void run(SourceContext<String> context) throws Exception {
        try (Socket connection = new Socket()) {
            socket = connection;
            connection.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); running && line != null; line = reader.readLine()) {
                synchronized (context.getCheckpointLock()) {
                    context.collect(line);
                }
            }
        } catch (java.io.IOException e) {
            if (running) {
                throw e;
            }
        }
    }

    @Override
    public void cancel() {
        running = false;
        Socket connection = socket;
        if (connection != null) {
            try {
                connection.close(); // unblocks readLine
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
        }
    }
}
