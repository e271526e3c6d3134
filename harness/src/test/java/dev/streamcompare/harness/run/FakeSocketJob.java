package dev.streamcompare.harness.run;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.Tokenizer;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.output.Sentinels;
import dev.streamcompare.harness.output.Markers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test only: a socket job without an engine. It takes the real socket jobs' options (parsed with
 * {@link SocketOptions}: {@code --host --port --output --batch-ms --print --cores --variant}),
 * reads lines from the harness's text server, counts their words with the reference tokenizer per
 * batch interval, and publishes each non-empty batch at the interval's end with {@link BatchOutput},
 * as the real jobs do. On SIGTERM or SIGINT it publishes what it has counted and exits 0.
 *
 * <p>System properties break it on purpose:
 * <ul>
 *   <li>{@value #MISCOUNT}{@code =WORD}: every {@code WORD} is counted as {@code WORD} with its
 *       first {@code o} made a zero ({@code fox} → {@code f0x}), so the totals have the right
 *       number of words but the wrong words;</li>
 *   <li>{@value #EXIT_AFTER_LINES}{@code =N}: once it has read N lines it publishes them as a
 *       batch at once and exits with {@value #EXIT_CODE}, {@value #EARLY_EXIT_CODE}
 *       unless given (latency markers aside);</li>
 *   <li>{@value #DOUBLE_PIECE}{@code =SENTINEL}: the piece of the input that starts with that
 *       sentinel word's line is counted twice, as if read twice;</li>
 *   <li>{@value #SKIP_PIECE}{@code =SENTINEL}: that piece is not counted and the one after it is
 *       counted twice: on input whose pieces are copies of each other, the same words, only the
 *       sentinels differ.</li>
 *   <li>{@value #IGNORE_SIGTERM}{@code =true}: it ignores SIGTERM and SIGINT, going on until killed.</li>
 *   <li>{@value #MAX_LINES_PER_SECOND}{@code =N}: it reads at most N lines a second, so that a
 *       faster sender fills the socket and is pushed back, as by a job that cannot keep up.</li>
 * </ul>
 */
public final class FakeSocketJob {

    /** The word to miscount, if any. */
    static final String MISCOUNT = "fake.miscount";
    /** Lines after which the job publishes and exits early, if any. */
    static final String EXIT_AFTER_LINES = "fake.exitAfterLines";
    /** The exit code of that early exit. */
    static final String EXIT_CODE = "fake.exitCode";
    static final int EARLY_EXIT_CODE = 3;
    /** The sentinel of a piece to count twice, if any. */
    static final String DOUBLE_PIECE = "fake.doublePiece";
    /** The sentinel of a piece to skip, counting the next one twice, if any. */
    static final String SKIP_PIECE = "fake.skipPiece";
    /** The most lines a second it reads, if any. */
    static final String MAX_LINES_PER_SECOND = "fake.maxLinesPerSecond";
    /** Whether the job ignores the request to stop. */
    static final String IGNORE_SIGTERM = "fake.ignoreSigterm";

    private final BatchOutput output;
    private final long batchMillis;
    private final String miscounted;
    private final String doubledPiece = System.getProperty(DOUBLE_PIECE);
    private final String skippedPiece = System.getProperty(SKIP_PIECE);
    /** The sentinel of the piece being read, and how many times its lines count. */
    private String piece;
    private int times = 1;
    private final Object lock = new Object();
    private WordCounter batch = new WordCounter();
    private long lastBatchEnd;

    private FakeSocketJob(SocketOptions options) {
        this.output = new BatchOutput(options.output, options.print, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        this.batchMillis = options.batchMillis();
        this.miscounted = System.getProperty(MISCOUNT);
    }

    /** The wrong word the broken job counts in place of {@code word}. */
    static String misspelt(String word) {
        return word.replaceFirst("o", "0");
    }

    public static void main(String[] args) throws Exception {
        SocketOptions options = JobCli.parseOrExit("FakeSocketJob", new SocketOptions(), args);
        FakeSocketJob job = new FakeSocketJob(options);
        int exitAfterLines = Integer.getInteger(EXIT_AFTER_LINES, 0);
        CountDownLatch stop = new CountDownLatch(1);
        StopSignals.onStop("FakeSocketJob", Boolean.getBoolean(IGNORE_SIGTERM)
                ? () -> System.err.println("FakeSocketJob: not stopping, on purpose") : stop::countDown);
        Socket socket = new Socket(options.host, options.port);
        Thread reader = new Thread(() -> job.read(socket, exitAfterLines), "fake-reader");
        reader.setDaemon(true);
        reader.start();
        job.publishEveryBatchUntil(stop);
        System.exit(JobCli.EXIT_OK);
    }

    /** Counts every line from the socket into the current batch; ends the JVM early if asked to. */
    private void read(Socket socket, int exitAfterLines) {
        long lines = 0;
        int maxRate = Integer.getInteger(MAX_LINES_PER_SECOND, 0);
        long[] nextLine = {System.nanoTime()};
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lock) {
                    for (int i = timesToCount(line); i > 0; i--) {
                        Tokenizer.forEachWord(line, this::count);
                    }
                }
                if (maxRate > 0) {
                    keepBelow(maxRate, nextLine);
                }
                if (!Markers.isMarker(line) && ++lines == exitAfterLines) {
                    publish(System.currentTimeMillis());
                    int code = Integer.getInteger(EXIT_CODE, EARLY_EXIT_CODE);
                    System.err.println("FakeSocketJob: read " + lines + " lines, exiting with " + code + " on purpose");
                    System.exit(code);
                }
            }
            // The server closed: nothing more will come; wait for the stop as a Spark job does.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sleeps until {@code nextLine[0]} (nanoTime), the time the next line may be read, and moves it
     * on by a line at {@code rate}; time left unused while idle is not saved up (no burst).
     */
    private static void keepBelow(int rate, long[] nextLine) {
        long now = System.nanoTime();
        long due = Math.max(nextLine[0], now);
        nextLine[0] = due + 1_000_000_000L / rate;
        long wait = due - now;
        if (wait > 1_000_000) {
            try {
                Thread.sleep(wait / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many times {@code line} counts: once, unless it is in a piece the job is told to double or skip. */
    private int timesToCount(String line) {
        if (Sentinels.isSentinel(line.strip())) {
            boolean followsSkipped = piece != null && piece.equals(skippedPiece);
            piece = line.strip();
            times = piece.equals(skippedPiece) ? 0 : piece.equals(doubledPiece) || followsSkipped ? 2 : 1;
        }
        return times;
    }

    private void count(String word) {
        batch.addWord(word.equals(miscounted) ? misspelt(word) : word);
    }

    /** Publishes each batch at its interval's end until {@code stop}, then what is left. */
    private void publishEveryBatchUntil(CountDownLatch stop) throws InterruptedException {
        while (true) {
            long end = (System.currentTimeMillis() / batchMillis + 1) * batchMillis;
            long left;
            while ((left = end - System.currentTimeMillis()) > 0) {
                if (stop.await(left, TimeUnit.MILLISECONDS)) {
                    publish(System.currentTimeMillis());
                    return;
                }
            }
            publish(end);
        }
    }

    /** Publishes the current batch, if it holds a word, as ending at {@code end} (or just after the last one). */
    private void publish(long end) {
        List<WordCount> entries = new ArrayList<>();
        synchronized (lock) {
            batch.forEach((word, count) -> entries.add(new WordCount(word, count)));
            batch = new WordCounter();
            if (entries.isEmpty()) {
                return;
            }
            long batchEnd = Math.max(end, lastBatchEnd + 1); // one file per batch: never a name twice
            lastBatchEnd = batchEnd;
            output.publish(batchEnd, entries);
        }
    }
}
