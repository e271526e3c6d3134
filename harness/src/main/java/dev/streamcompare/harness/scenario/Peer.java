package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.feed.SocketFeed;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.run.PeerCommand;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The peer row: Flink's own example {@code SocketWindowWordCount} (flink-examples-streaming, the
 * jar the build puts in {@code flink-jobs/target/peer/}) on the socket job's max-rate input, run
 * embedded like the Flink jobs. It is measured, not checked: it splits lines with {@code
 * split("\\s")} (empty strings counted, ASCII whitespace only) where the reference reproduces
 * Python's {@code str.split()}, so its counts differ from the reference by design; what is
 * reported is by how much, and whether {@code split("\\s")} explains all of it. It fails only if it
 * crashes, never connects or prints nothing. It prints {@code word : count} per 5 s
 * processing-time window, so its throughput is known to a window at best.
 */
public final class Peer {

    static final String MAIN_CLASS = PeerCommand.MAIN_CLASS;
    /** Its tumbling processing-time windows (hard-coded in the example). */
    static final int WINDOW_SECONDS = 5;
    /** Its tokenizer, as its flatMap calls it: {@code value.split("\\s")}. */
    private static final Pattern SPLIT = Pattern.compile("\\s");
    /** Whitespace {@code split("\\s")} cuts on: never inside a word it prints. */
    private static final String JAVA_WHITESPACE = " \t\n\u000B\f\r";

    private Peer() {}

    /** The row's name in reports. */
    static String name(String flinkVersion) {
        return "Flink SocketWindowWordCount (flink-examples-streaming " + flinkVersion + ")";
    }


    /** A result and the totals it was made from. */
    record Run(PeerResult result, Map<String, Long> totals) {}

    /** One line of its output: {@code word : count}. */
    record Count(String word, long count) {}

    /**
     * The count in a line the example printed ({@code WordWithCount.toString()}: {@code word + " : " + count}, the
     * print sink at parallelism 1, so with no subtask prefix), or null for any other line. The word may be empty.
     */
    static Count parse(String line) {
        int separator = line.lastIndexOf(" : ");
        if (separator < 0) {
            return null;
        }
        String word = line.substring(0, separator);
        String digits = line.substring(separator + 3);
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            if (JAVA_WHITESPACE.indexOf(word.charAt(i)) >= 0) {
                return null;
            }
        }
        return new Count(word, Long.parseLong(digits));
    }

    /**
     * What the example counts in {@code input}: its socket source cuts the stream at {@code \n} and drops one
     * {@code \r} before it (Flink's SocketTextStreamFunction with delimiter "\n"), its flatMap emits every
     * string of {@code line.split("\\s")} (an empty line gives one empty string, trailing empty strings none).
     */
    static Map<String, Long> splitCounts(byte[] input) {
        try {
            return splitCounts(new ByteArrayInputStream(input));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, of the workload's input as sent, read from its file a line at a time. */
    static Map<String, Long> splitCounts(Workload workload) throws IOException {
        try (InputStream in = Files.newInputStream(workload.input())) {
            return splitCounts(in);
        }
    }

    private static Map<String, Long> splitCounts(InputStream input) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i - start);
                    countSplit(line.toString(StandardCharsets.UTF_8), true, counts);
                    line.reset();
                    start = i + 1;
                }
            }
            line.write(buffer, start, read - start);
        }
        if (line.size() > 0) {
            countSplit(line.toString(StandardCharsets.UTF_8), false, counts);
        }
        return counts;
    }

    private static void countSplit(String line, boolean cutAtNewline, Map<String, Long> counts) {
        String cut = cutAtNewline && line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        for (String word : SPLIT.split(cut)) {
            counts.merge(word, 1L, Long::sum);
        }
    }

    /** {@code differences} with the empty string's line, {@code ": expected …"}, starting with {@code "" (empty string)}. */
    static RunResult.Differences namingTheEmptyString(RunResult.Differences differences) {
        return new RunResult.Differences(differences.missing(), differences.extra(), differences.different(),
                differences.first().stream().map(line -> line.startsWith(": ") ? "\"\" (empty string)" + line : line).toList());
    }

    /** The sums of its output, as the lines arrive, with the time of the last line that changed them. */
    static final class Totals implements Consumer<String> {
        private final Map<String, Long> counts = new HashMap<>();
        private long total;
        private long otherLines;
        private long lastChangeMillis = -1;

        @Override
        public void accept(String line) {
            accept(line, System.currentTimeMillis());
        }

        synchronized void accept(String line, long nowMillis) {
            Count count = parse(line);
            if (count == null) {
                otherLines++;
                return;
            }
            counts.merge(count.word(), count.count(), Long::sum);
            if (count.count() != 0) {
                total += count.count();
                lastChangeMillis = nowMillis;
            }
            notifyAll();
        }

        synchronized long total() {
            return total;
        }

        synchronized long otherLines() {
            return otherLines;
        }

        /** When a line last changed the totals, or -1. */
        synchronized long lastChangeMillis() {
            return lastChangeMillis;
        }

        synchronized Map<String, Long> counts() {
            return new HashMap<>(counts);
        }

        /** Waits at most {@code millis} for another line. */
        synchronized void awaitLine(long millis) throws InterruptedException {
            wait(Math.max(1, millis));
        }
    }

    /**
     * Runs the peer on the workload's max-rate input through a socket: start-up, the input at once, then
     * until its totals reach split("\\s")'s (or it has been quiet for two windows, or the bound), then the input
     * is closed and the example ends by itself at end of stream. Null when the launcher runs no peer.
     */
    static Run run(String name, ScenarioContext context, RunEvents events) throws IOException, InterruptedException {
        return run(name, context.settings(), context.workload(), context.run(), events);
    }

    /** The same, with the parts of a scenario's context it needs. */
    static Run run(String name, CompareSettings settings, Workload workload, RunContext context, RunEvents events)
            throws IOException, InterruptedException {
        // Its parallelism is the JVM's processor count (a local environment's default): --cores, as for the jobs.
        List<String> options = new ArrayList<>(context.jvmOptions());
        options.add("-XX:ActiveProcessorCount=" + settings.run().cores());
        try (SocketFeed feed = new SocketFeed(settings.run().bind())) {
            List<String> command = context.launcher().peerCommand(
                    List.of("--hostname", settings.run().bind(), "--port", Integer.toString(feed.port())), options);
            return command == null ? null
                    : new PeerRun(name, workload, splitCounts(workload), feed, events).run(context, command);
        }
    }
}
