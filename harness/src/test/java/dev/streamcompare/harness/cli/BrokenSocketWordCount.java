package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.common.Tokenizer;
import dev.streamcompare.common.WordCount;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

/**
 * Test only: the body of a broken "socket job" that keeps the output contract (a batch file per
 * batch interval, exit 0 on SIGTERM) but counts the n-th word it reads {@code times(n)} times, so
 * that the harness must report it wrong. Options as the real job's: --host --port --output
 * --batch-ms (others ignored). {@link DroppingSocketWordCount} and {@link DoublingSocketWordCount}
 * are its two mains.
 */
final class BrokenSocketWordCount {

    private BrokenSocketWordCount() {}

    static void run(String name, String[] args, LongUnaryOperator times) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        long batchMillis = Long.parseLong(options.get("--batch-ms"));
        Path folder = Files.createDirectories(Path.of(options.get("--output")));
        BatchOutput output = new BatchOutput(folder, 0, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        Map<String, Long> batch = new HashMap<>();
        CountDownLatch stop = new CountDownLatch(1);
        StopSignals.onStop(name, stop::countDown);
        Thread publisher = new Thread(() -> {
            try {
                boolean stopping = false;
                while (!stopping) {
                    stopping = stop.await(batchMillis - System.currentTimeMillis() % batchMillis, TimeUnit.MILLISECONDS);
                    List<WordCount> entries = new ArrayList<>();
                    synchronized (batch) {
                        batch.forEach((w, c) -> entries.add(new WordCount(w, c)));
                        batch.clear();
                    }
                    if (!entries.isEmpty()) {
                        output.publish(System.currentTimeMillis() / batchMillis * batchMillis, entries);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        });
        publisher.start();
        long[] seen = new long[1];
        try (Socket socket = new Socket(options.get("--host"), Integer.parseInt(options.get("--port")));
             BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Tokenizer.forEachWord(line, word -> {
                    long count = times.applyAsLong(++seen[0]);
                    if (count > 0) {
                        synchronized (batch) {
                            batch.merge(word, count, Long::sum);
                        }
                    }
                });
            }
        }
        publisher.join();
    }
}
