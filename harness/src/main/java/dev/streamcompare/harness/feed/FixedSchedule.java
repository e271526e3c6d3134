package dev.streamcompare.harness.feed;

import java.util.List;

/**
 * A fixed-rate phase's timetable, fixed before the phase starts: line {@code i} is due
 * {@code i / linesPerSecond} s after the start, marker {@code k} {@code k × markerEveryMillis} ms
 * after it, for as long as the lines last (at least one marker). Times are offsets from the
 * start, in ns; a {@link Cursor} walks lines and markers in the order they are due, a marker
 * before a line due at the same time.
 */
public final class FixedSchedule {

    private final List<String> lines;
    private final int linesPerSecond;
    private final long markerEveryNanos;
    private final int markers;

    private FixedSchedule(List<String> lines, int linesPerSecond, long markerEveryMillis) {
        if (linesPerSecond < 1 || markerEveryMillis < 1) {
            throw new IllegalArgumentException("lines per second and marker interval must be positive");
        }
        this.lines = lines;
        this.linesPerSecond = linesPerSecond;
        this.markerEveryNanos = markerEveryMillis * 1_000_000L;
        long duration = (long) lines.size() * 1_000_000_000L / linesPerSecond;
        this.markers = lines.isEmpty() ? 0 : (int) Math.max(1, (duration + markerEveryNanos - 1) / markerEveryNanos);
    }

    /** {@code lines} at {@code linesPerSecond}, a marker every {@code markerEveryMillis}. */
    public static FixedSchedule of(List<String> lines, int linesPerSecond, long markerEveryMillis) {
        return new FixedSchedule(lines, linesPerSecond, markerEveryMillis);
    }

    public int lines() {
        return lines.size();
    }

    public String line(int i) {
        return lines.get(i);
    }

    /** Markers on the schedule. */
    public int markers() {
        return markers;
    }

    public long lineDueNanos(int i) {
        return (long) i * 1_000_000_000L / linesPerSecond;
    }

    public long markerDueNanos(int k) {
        return k * markerEveryNanos;
    }

    public Cursor cursor() {
        return new Cursor();
    }

    /** The next line or marker due, in the order they are due. */
    public final class Cursor {
        private int line;
        private int marker;

        private Cursor() {}

        public boolean hasNext() {
            return line < lines.size() || marker < markers;
        }

        /** Whether the next item is a marker (else a line). */
        public boolean isMarker() {
            return marker < markers && (line >= lines.size() || markerDueNanos(marker) <= lineDueNanos(line));
        }

        public long dueNanos() {
            return isMarker() ? markerDueNanos(marker) : lineDueNanos(line);
        }

        /** The next marker's number on the schedule, from 0. */
        public int marker() {
            return marker;
        }

        /** The next line's number, from 0. */
        public int line() {
            return line;
        }

        public void advance() {
            if (isMarker()) {
                marker++;
            } else {
                line++;
            }
        }
    }
}
