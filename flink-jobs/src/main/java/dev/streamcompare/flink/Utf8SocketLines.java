package dev.streamcompare.flink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;

/**
 * The reader of {@link Utf8SocketSource}'s one split: the lines of a TCP connection, as
 * {@code BufferedReader.readLine} splits them ({@code \n}, {@code \r\n} or {@code \r} ends a line;
 * a connection's last line ends with it), decoded as UTF-8 (a malformed sequence as U+FFFD). Each
 * fetch returns what arrived within {@link #READ_TIMEOUT_MILLIS}, so that a wake-up or a
 * checkpoint never waits for a quiet server, and a line split across reads is kept whole.
 *
 * <p>When the server closes (or the connection breaks), it connects again after 500 ms,
 * {@code maxRetry} times (-1: for ever); a refused connection counts as one of those. With no
 * retry left the split finishes and the stream ends, or, if the server was never reached, the job
 * fails: a wrong port is an error. A fetch makes one attempt at most and waits for the next on a
 * monitor that {@link #wakeUp} and {@link #close} cut short, so that a job is cancelled at once
 * even while it waits for a server that is gone.
 */
final class Utf8SocketLines implements SplitReader<String, Utf8SocketSource.Connection> {

    static final int READ_TIMEOUT_MILLIS = 100;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final long RETRY_SLEEP_MILLIS = 500; // Flink's own

    private final String host;
    private final int port;
    private final int maxRetry;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean assigned;
    private Socket socket;
    private InputStream in;
    private boolean afterCarriageReturn;
    private boolean reached;
    private int retries;
    /** When the next connection attempt is due, by {@code System.nanoTime()}. */
    private long nextAttempt = System.nanoTime();
    private final Object waiting = new Object();
    /** A wake-up not yet taken: the fetch it was meant for may not have begun to wait. */
    private boolean wokenUp;
    private volatile boolean closed;
    /** The server was reached once, and now refuses the last attempt: the stream ends. */
    private boolean gone;

    Utf8SocketLines(String host, int port, int maxRetry) {
        this.host = host;
        this.port = port;
        this.maxRetry = maxRetry;
    }

    @Override
    public RecordsWithSplitIds<String> fetch() throws IOException {
        RecordsBySplits.Builder<String> records = new RecordsBySplits.Builder<>();
        if (!assigned || closed) {
            return records.build();
        }
        if (in == null) {
            if (!waitForAttempt()) {
                return records.build(); // woken up, or not yet due: the fetcher calls again
            }
            if (!connect()) {
                return gone ? ended(records) : records.build();
            }
        }
        int read;
        try {
            read = in.read(buffer);
        } catch (SocketTimeoutException quiet) {
            return records.build();
        } catch (IOException broken) {
            read = -1; // a connection that breaks ends as one the server closed
        }
        if (read < 0) {
            if (line.size() > 0) {
                emit(records); // the connection's last line ends with it
            }
            disconnect();
            afterCarriageReturn = false;
            if (!mayRetry()) {
                return ended(records);
            }
            retries++;
            nextAttempt = System.nanoTime() + RETRY_SLEEP_MILLIS * 1_000_000;
            return records.build();
        }
        split(read, records);
        return records.build();
    }

    private void split(int read, RecordsBySplits.Builder<String> records) {
        for (int i = 0; i < read; i++) {
            byte b = buffer[i];
            if (b == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false; // the second half of \r\n
            } else if (b == '\n' || b == '\r') {
                afterCarriageReturn = b == '\r';
                emit(records);
            } else {
                afterCarriageReturn = false;
                line.write(b);
            }
        }
    }

    private void emit(RecordsBySplits.Builder<String> records) {
        records.add(Utf8SocketSource.Connection.ID, line.toString(StandardCharsets.UTF_8));
        line.reset();
    }

    private RecordsWithSplitIds<String> ended(RecordsBySplits.Builder<String> records) {
        assigned = false;
        records.addFinishedSplit(Utf8SocketSource.Connection.ID);
        return records.build();
    }

    /**
     * One connection attempt; false if refused: the attempt counted and the next one set 500 ms
     * on, or, with none left, {@link #gone} (the server was reached before) or a failure (it never was).
     */
    private boolean connect() throws IOException {
        Socket connection = new Socket();
        try {
            connection.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            connection.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket = connection;
            in = connection.getInputStream();
            reached = true;
            return true;
        } catch (IOException refused) {
            connection.close();
            if (!mayRetry()) {
                if (reached) {
                    gone = true;
                    return false;
                }
                // No cause chained: the job's one-line error names the server, not the socket's exception.
                throw new IOException("cannot connect to " + host + ":" + port + " (" + refused.getMessage() + ")");
            }
            retries++;
            nextAttempt = System.nanoTime() + RETRY_SLEEP_MILLIS * 1_000_000;
            return false;
        }
    }

    /** Waits until the next attempt is due; false if woken up (before or while waiting) or closed first. */
    private boolean waitForAttempt() {
        synchronized (waiting) {
            long wait = nextAttempt - System.nanoTime();
            if (wait > 0 && !wokenUp) {
                try {
                    waiting.wait(Math.max(1, wait / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            boolean woken = wokenUp;
            wokenUp = false;
            return !woken && !closed && System.nanoTime() >= nextAttempt;
        }
    }

    private boolean mayRetry() {
        return maxRetry == -1 || retries < maxRetry;
    }

    private void disconnect() throws IOException {
        if (socket != null) {
            Socket connection = socket;
            socket = null;
            in = null;
            connection.close();
        }
    }

    @Override
    public void handleSplitsChanges(SplitsChange<Utf8SocketSource.Connection> change) {
        if (change instanceof SplitsAddition) {
            assigned = true;
        }
    }

    @Override
    public void wakeUp() {
        synchronized (waiting) {
            wokenUp = true; // a read returns within READ_TIMEOUT_MILLIS anyway
            waiting.notifyAll();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        wakeUp();
        disconnect();
    }
}
