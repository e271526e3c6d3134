package dev.streamcompare.harness.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * When a producer's lines were written: the count of lines written (flushed to the connection)
 * after each write, with the time, so that what had been written by any moment can be looked up
 * afterwards, from outside the job.
 */
public final class LineTimeline {

    private final List<long[]> points = new ArrayList<>();

    /** {@code lines} had been written in all at {@code millis} (epoch ms); counts and times never go back. */
    public synchronized void written(long millis, int lines) {
        if (!points.isEmpty()) {
            long[] last = points.get(points.size() - 1);
            if (lines < last[1] || millis < last[0]) {
                throw new IllegalArgumentException("the timeline goes back: " + lines + " lines at " + millis + " after "
                        + last[1] + " at " + last[0]);
            }
            if (lines == last[1]) {
                return;
            }
        }
        points.add(new long[] {millis, lines});
    }

    /** Lines written at or before {@code millis}: 0 before the first write. */
    public synchronized int writtenBy(long millis) {
        int low = 0;
        int high = points.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (points.get(mid)[0] <= millis) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? 0 : (int) points.get(found)[1];
    }
}
