package dev.streamcompare.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.connector.base.source.reader.SingleThreadMultiplexSourceReaderBase;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * What {@code env.socketTextStream(host, port, "\n", maxRetry)} does — emit each line; when the
 * server closes, connect again every 500 ms, {@code maxRetry} times (-1: for ever, 0: end the
 * stream at once, the default) — on Flink's Source API (FLIP-27) instead of the legacy
 * {@code SourceFunction} that {@code socketTextStream} still uses, and decoding UTF-8 wherever the
 * job runs (Flink's own decodes with the TaskManager's platform charset).
 *
 * <p>One split, the connection, read by one reader ({@link Utf8SocketLines}); run it with
 * parallelism 1. A socket cannot replay what it sent: the split's state is only that it exists,
 * and a restored job connects again. A refused connection counts as an attempt rather than
 * failing the job, so a producer that restarts is waited for.
 */
final class Utf8SocketSource implements Source<String, Utf8SocketSource.Connection, Boolean> {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;
    private final int maxRetry;

    Utf8SocketSource(String host, int port, int maxRetry) {
        this.host = host;
        this.port = port;
        this.maxRetry = maxRetry;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED; // it ends when the server is gone, but not by design
    }

    @Override
    public SplitEnumerator<Connection, Boolean> createEnumerator(SplitEnumeratorContext<Connection> context) {
        return new OneSplit(context, false);
    }

    @Override
    public SplitEnumerator<Connection, Boolean> restoreEnumerator(SplitEnumeratorContext<Connection> context, Boolean assigned) {
        return new OneSplit(context, assigned);
    }

    @Override
    public SimpleVersionedSerializer<Connection> getSplitSerializer() {
        return new Flag<>(bytes -> new Connection(), split -> true);
    }

    @Override
    public SimpleVersionedSerializer<Boolean> getEnumeratorCheckpointSerializer() {
        return new Flag<>(bytes -> bytes[0] == 1, assigned -> assigned);
    }

    @Override
    public SourceReader<String, Connection> createReader(SourceReaderContext context) {
        return new SingleThreadMultiplexSourceReaderBase<String, String, Connection, Connection>(
                () -> new Utf8SocketLines(host, port, maxRetry), (line, output, split) -> output.collect(line),
                context.getConfiguration(), context) {

            @Override
            protected void onSplitFinished(java.util.Map<String, Connection> finished) {
                // the server is gone and no retry is left: the stream ends with it
            }

            @Override
            protected Connection initializedState(Connection split) {
                return split;
            }

            @Override
            protected Connection toSplitType(String splitId, Connection state) {
                return state;
            }
        };
    }

    /** The one split: the connection to the server. */
    static final class Connection implements SourceSplit {

        static final String ID = "socket";

        @Override
        public String splitId() {
            return ID;
        }
    }

    /** Hands the one split to the first reader, once, and then tells it that no more come; takes it back if that reader fails. */
    static final class OneSplit implements SplitEnumerator<Connection, Boolean> {

        private final SplitEnumeratorContext<Connection> context;
        private boolean assigned;

        OneSplit(SplitEnumeratorContext<Connection> context, boolean assigned) {
            this.context = context;
            this.assigned = assigned;
        }

        @Override
        public void start() {
            // splits are handed out as readers register
        }

        @Override
        public void addReader(int subtask) {
            if (!assigned) {
                assigned = true;
                context.assignSplit(new Connection(), subtask);
            }
            context.signalNoMoreSplits(subtask);
        }

        @Override
        public void addSplitsBack(List<Connection> splits, int subtask) {
            assigned = false; // its reader failed: the next one to register connects again
        }

        @Override
        public void handleSplitRequest(int subtask, String requesterHostname) {
            // none asked for: the split is assigned on registration
        }

        @Override
        public Boolean snapshotState(long checkpointId) {
            return assigned;
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    /** A one-byte serializer: the split has no state, the enumerator one flag. */
    private record Flag<T>(java.util.function.Function<byte[], T> read, java.util.function.Predicate<T> set)
            implements SimpleVersionedSerializer<T> {

        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(T value) {
            return new byte[] {(byte) (set.test(value) ? 1 : 0)};
        }

        @Override
        public T deserialize(int version, byte[] bytes) throws IOException {
            if (version != 1 || bytes.length != 1) {
                throw new IOException("not a socket source state: version " + version + ", " + bytes.length + " bytes "
                        + new String(bytes, StandardCharsets.ISO_8859_1));
            }
            return read.apply(bytes);
        }
    }
}
