package dev.streamcompare.harness.feed;

import dev.streamcompare.harness.output.Markers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a {@link FixedSchedule} on time, by a {@link Pacer}: nothing before it is due, and when
 * behind (a socket that pushes back, a slow file system, the harness descheduled) everything due at
 * once, so the sender catches up and the schedule never shifts. A delay is so charged to the
 * latency of the markers it delayed, measured from their time on the schedule, and recorded as the
 * sender's lag in {@link Markers}: how late the sender came to each line, and delivered each marker.
 */
public final class FixedRateSender {

    /** Ahead of its schedule by more than this, the stream sender flushes and sleeps; by less, it sends. */
    static final long SLACK_NANOS = 1_000_000L;

    /** A socket's stream, or a Kafka producer: lines one by one. */
    public interface Stream {
        /**
         * Sends {@code line} (without its line end), due at {@code dueMillis} on the schedule (epoch
         * ms): a socket writes it with a line end, a producer stamps its record with that time.
         */
        void line(String line, long dueMillis) throws IOException;

        /** Returns when every line sent so far is delivered (written to the socket; acknowledged by the broker). */
        void flush() throws IOException;
    }

    /** A folder files are moved into. */
    public interface Folder {
        /** Moves in file number {@code n}, holding {@code text}; returns when it is in. */
        void drop(int n, String text) throws IOException;
    }

    private final FixedSchedule schedule;
    private final Pacer pacer;
    private final Markers markers;
    private final int firstMarker;
    private long startNanos;
    private long startMillis;

    public FixedRateSender(FixedSchedule schedule, Pacer pacer, Markers markers) {
        this.schedule = schedule;
        this.pacer = pacer;
        this.markers = markers;
        this.firstMarker = markers.count();
    }

    /**
     * Each line and marker when it is due, through {@code out}; a marker is flushed at once and
     * counts as delivered when the flush returns, so a socket's push-back is in its lag.
     */
    public void toStream(Stream out) throws IOException, InterruptedException {
        start();
        FixedSchedule.Cursor next = schedule.cursor();
        while (next.hasNext()) {
            long due = next.dueNanos();
            long ahead = due - elapsedNanos();
            if (ahead > SLACK_NANOS) {
                out.flush();
                pacer.sleepNanos(ahead);
            }
            if (next.isMarker()) {
                String word = Markers.word(firstMarker + next.marker());
                out.line(word, atMillis(due));
                out.flush();
                long sent = nowMillis();
                markers.sent(word, atMillis(due), sent, sent - atMillis(due));
            } else {
                markers.linesLate(nowMillis() - atMillis(due), 1);
                out.line(schedule.line(next.line()), atMillis(due));
            }
            next.advance();
        }
        out.flush();
    }

    /**
     * A file every {@code fileEveryMillis} (the first at the start), holding the lines and markers
     * due since the one before: the file rate is fixed, whatever the marker interval. A marker's
     * latency still runs from its own time on the schedule, so it includes its wait for the file
     * (0 to {@code fileEveryMillis}); its lag, and its lines', is how late the file was moved in.
     * A slot with nothing due gets no file.
     */
    public void inFiles(long fileEveryMillis, Folder folder) throws IOException, InterruptedException {
        start();
        long every = fileEveryMillis * 1_000_000L;
        FixedSchedule.Cursor next = schedule.cursor();
        for (int file = 0; next.hasNext(); file++) {
            long due = file * every;
            long ahead = due - elapsedNanos();
            if (ahead > 0) {
                pacer.sleepNanos(ahead);
            }
            long cameAt = nowMillis();
            StringBuilder text = new StringBuilder();
            List<String> words = new ArrayList<>();
            List<Long> scheduled = new ArrayList<>();
            long lines = 0;
            for (; next.hasNext() && next.dueNanos() <= due; next.advance()) {
                if (next.isMarker()) {
                    words.add(Markers.word(firstMarker + next.marker()));
                    scheduled.add(atMillis(next.dueNanos()));
                    text.append(words.get(words.size() - 1)).append('\n');
                } else {
                    text.append(schedule.line(next.line())).append('\n');
                    lines++;
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            markers.linesLate(cameAt - atMillis(due), lines);
            folder.drop(file, text.toString());
            long sent = nowMillis();
            for (int i = 0; i < words.size(); i++) {
                markers.sent(words.get(i), scheduled.get(i), sent, sent - atMillis(due));
            }
        }
    }

    private void start() {
        startMillis = pacer.currentTimeMillis();
        startNanos = pacer.nanoTime();
    }

    private long elapsedNanos() {
        return pacer.nanoTime() - startNanos;
    }

    /** Now, epoch ms, by the monotonic clock from the start. */
    private long nowMillis() {
        return atMillis(elapsedNanos());
    }

    /** The epoch ms {@code nanos} after the start. */
    private long atMillis(long nanos) {
        return startMillis + Math.floorDiv(nanos, 1_000_000L);
    }
}
