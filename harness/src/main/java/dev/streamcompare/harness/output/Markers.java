package dev.streamcompare.harness.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latency markers: uniquely numbered words the producer injects at recorded send times. They are
 * ordinary words to the jobs (and counted in the expected totals); the harness finds them in the
 * published batch files.
 */
public final class Markers {

    static final String PREFIX = "streamcompare-marker-";

    private final Map<String, Long> sentAtMillis = new ConcurrentHashMap<>();

    /** The word of marker {@code n}. */
    public static String word(int n) {
        return PREFIX + String.format("%06d", n);
    }

    public static boolean isMarker(String word) {
        return word.startsWith(PREFIX);
    }

    /** Records that {@code word} was sent (flushed to the socket or moved into the folder) now. */
    public void sent(String word, long millis) {
        sentAtMillis.put(word, millis);
    }

    public Map<String, Long> sentAtMillis() {
        return sentAtMillis;
    }

    public int count() {
        return sentAtMillis.size();
    }
}
