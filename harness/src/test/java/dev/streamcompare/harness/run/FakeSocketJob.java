package dev.streamcompare.harness.run;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.Tokenizer;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.common.WordCounter;
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
 * {@link SocketOptions}: {@code --host --port --output --batch-seconds --print --cores --variant}),
 * reads lines from the harness's text server, counts their words with the reference tokenizer per
 * batch interval, and publishes each non-empty batch at the interval's end with {@link BatchOutput},
 * as the real jobs do. On SIGTERM or SIGINT it publishes what it has counted and exits 0.
 *
 * <p>Two system properties break it on purpose:
 * <ul>
 *   <li>{@value #MISCOUNT}{@code =WORD}: every {@code WORD} is counted as {@code WORD} with its
 *       first {@code o} made a zero ({@code fox} → {@code f0x}), so the totals have the right
 *       number of words but the wrong words;</li>
 *   <li>{@value #EXIT_AFTER_LINES}{@code =N}: once it has read N lines (latency markers aside) it
 *       publishes them as a batch at once and exits with {@value #EXIT_CODE}, {@value #EARLY_EXIT_CODE}
 *       unless given;</li>
 *   <li>{@value #IGNORE_SIGTERM}{@code =true}: it ignores SIGTERM and SIGINT, going on until killed.</li>
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
    /** Whether the job ignores the request to stop. */
    static final String IGNORE_SIGTERM = "fake.ignoreSigterm";

    private final BatchOutput output;
    private final long batchMillis;
    private final String miscounted;
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
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lock) {
                    Tokenizer.forEachWord(line, this::count);
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
