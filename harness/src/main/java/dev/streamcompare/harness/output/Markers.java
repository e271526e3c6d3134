package dev.streamcompare.harness.output;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latency markers and the fixed-rate sender's timing. Markers are uniquely numbered words sent on
 * a fixed schedule; they are ordinary words to the jobs (and counted in the expected totals), and
 * the harness finds them in the published batch files. For each marker this records its time on
 * the schedule, when it was delivered, and how far behind its timetable the sender was then; for
 * the lines, how late the sender came to each (a count per millisecond of lag).
 */
public final class Markers {

    static final String PREFIX = "streamcompare-marker-";

    /**
     * A marker as sent.
     *
     * @param scheduledMillis its time on the schedule, epoch ms: latency is measured from it
     * @param sentMillis      when it was delivered (socket: written and flushed; file: moved in), epoch ms
     * @param lagMillis       how far behind its timetable the sender delivered it (socket: sent − scheduled;
     *                        file: sent − the scheduled time of the file holding it)
     */
    public record Sent(long scheduledMillis, long sentMillis, long lagMillis) {}

    /** Lags below this are counted in an array, one element a millisecond; longer ones in a map. */
    private static final long DENSE_MILLIS = 60_000;

    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private long[] lineLagCounts = new long[16];
    private final SortedMap<Long, Long> longLags = new TreeMap<>();

    /** The word of marker {@code n}. */
    public static String word(int n) {
        return PREFIX + String.format("%06d", n);
    }

    public static boolean isMarker(String word) {
        return word.startsWith(PREFIX);
    }

    /** Records that {@code word}, due at {@code scheduledMillis}, was delivered at {@code sentMillis}, {@code lagMillis} late. */
    public void sent(String word, long scheduledMillis, long sentMillis, long lagMillis) {
        sent.put(word, new Sent(scheduledMillis, sentMillis, lagMillis));
    }

    /** The markers sent so far, by word. */
    public Map<String, Sent> sent() {
        return Map.copyOf(sent);
    }

    public int count() {
        return sent.size();
    }

    /** Records that the sender came to {@code lines} lines {@code lagMillis} late (0 or less: on time). */
    public synchronized void linesLate(long lagMillis, long lines) {
        long ms = Math.max(0, lagMillis);
        if (ms >= DENSE_MILLIS) {
            longLags.merge(ms, lines, Long::sum);
            return;
        }
        if (ms >= lineLagCounts.length) {
            lineLagCounts = Arrays.copyOf(lineLagCounts, (int) Math.min(DENSE_MILLIS, Math.max(ms + 1, 2L * lineLagCounts.length)));
        }
        lineLagCounts[(int) ms] += lines;
    }

    /** Lines sent, by how late the sender came to them: lag in ms → lines, in order of lag. */
    public synchronized SortedMap<Long, Long> lineLags() {
        SortedMap<Long, Long> lags = new TreeMap<>(longLags);
        for (int ms = 0; ms < lineLagCounts.length; ms++) {
            if (lineLagCounts[ms] > 0) {
                lags.put((long) ms, lineLagCounts[ms]);
            }
        }
        return lags;
    }
}
