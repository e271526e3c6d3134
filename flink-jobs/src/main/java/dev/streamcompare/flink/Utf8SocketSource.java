package dev.streamcompare.flink;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.api.functions.source.legacy.SourceFunction;

/**
 * What {@code env.socketTextStream(host, port, "\n", maxRetry)} does — emit each line; when the
 * server closes, connect again every 500 ms, {@code maxRetry} times (-1: for ever, 0: end the
 * stream at once, the default) — but decoding UTF-8 wherever the job runs: Flink's own
 * {@code SocketTextStreamFunction} decodes with the TaskManager's platform charset. Like it, a
 * legacy, non-parallel source that cannot replay what it read. Unlike it, a refused connection
 * counts as an attempt rather than failing the job, so a producer that restarts is waited for.
 */
final class Utf8SocketSource implements SourceFunction<String> {

    private static final long serialVersionUID = 1L;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final long RETRY_SLEEP_MILLIS = 500; // Flink's own

    private final String host;
    private final int port;
    private final int maxRetry;
    private transient volatile Socket socket;
    private volatile boolean running = true;

    Utf8SocketSource(String host, int port, int maxRetry) {
        this.host = host;
        this.port = port;
        this.maxRetry = maxRetry;
    }

    @Override
    public void run(SourceContext<String> context) throws Exception {
        for (int retries = 0; ; retries++) {
            try {
                readUntilClosed(context);
            } catch (java.io.IOException e) {
                if (!mayRetry(retries)) {
                    throw e;
                }
            }
            if (!running || !mayRetry(retries)) {
                return;
            }
            Thread.sleep(RETRY_SLEEP_MILLIS);
        }
    }

    private boolean mayRetry(int retriesSoFar) {
        return maxRetry == -1 || retriesSoFar < maxRetry;
    }

    private void readUntilClosed(SourceContext<String> context) throws java.io.IOException {
        try (Socket connection = new Socket()) {
            socket = connection;
            if (!running) {
                return;
            }
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
