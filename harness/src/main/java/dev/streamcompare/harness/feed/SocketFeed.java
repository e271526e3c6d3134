package dev.streamcompare.harness.feed;

import dev.streamcompare.harness.output.Markers;
import dev.streamcompare.testkit.TextServer;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The socket jobs' input: a text server on a free port of {@code bind}, serving its first client only. */
public final class SocketFeed implements Feed {

    private final TextServer server;
    private OutputStream out;
    /** The socket's own stream under {@link #out}'s buffer: how long writes to the job blocked. */
    private BlockingTime socket;
    private double offered = MAX_RATE_WORDS_PER_SECOND;

    public SocketFeed(String bind) throws IOException {
        server = TextServer.listen(bind, 0);
    }

    public int port() {
        return server.port();
    }

    @Override
    public long awaitReady(Duration timeout) throws InterruptedException, TimeoutException, IOException {
        try {
            Socket client = server.firstClient().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long connected = System.currentTimeMillis();
            socket = new BlockingTime(client.getOutputStream());
            out = new BufferedOutputStream(socket, 1 << 16);
            return connected;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutException("the job did not connect within " + timeout.toSeconds() + " s");
        }
    }

    @Override
    public long sendAtMaxRate(Workload workload) throws IOException, InterruptedException {
        Pace pace = new Pace(workload.words(), workload.pieces());
        long first = System.currentTimeMillis();
        long start = System.nanoTime();
        long blockedBefore = socket.nanos();
        for (int piece = 0; piece < workload.pieces(); piece++) {
            pace.awaitPart(piece);
            workload.writePiece(piece, out); // made as it goes: never the whole input in memory
            out.flush();
        }
        offered = OfferedRate.of(workload.words(), System.nanoTime() - start, socket.nanos() - blockedBefore);
        return first;
    }

    @Override
    public double offeredWordsPerSecond() {
        return offered;
    }

    /** A stream that adds up the time its writes and flushes took: blocked, when the job does not read. */
    private static final class BlockingTime extends FilterOutputStream {

        private long nanos;

        BlockingTime(OutputStream out) {
            super(out);
        }

        long nanos() {
            return nanos;
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            long start = System.nanoTime();
            out.write(bytes, off, len);
            nanos += System.nanoTime() - start;
        }

        @Override
        public void flush() throws IOException {
            long start = System.nanoTime();
            out.flush();
            nanos += System.nanoTime() - start;
        }
    }

    @Override
    public void sendAtFixedRate(List<String> lines, int linesPerSecond, long markerEveryMillis, Markers markers)
            throws IOException, InterruptedException {
        new FixedRateSender(FixedSchedule.of(lines, linesPerSecond, markerEveryMillis), Pacer.SYSTEM, markers)
                .toStream(new FixedRateSender.Stream() {
                    @Override
                    public void line(String line, long dueMillis) throws IOException {
                        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }
                });
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
