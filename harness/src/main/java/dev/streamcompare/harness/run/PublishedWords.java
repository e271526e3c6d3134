package dev.streamcompare.harness.run;

import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.report.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming run's words published over time, as report.json keeps them
 * ({@link RunResult.Timeline#wordsPublished}): a point per publish the harness saw, at its seconds
 * since the job's JVM was spawned (to the ms), holding the words of the job's totals once it was
 * read. Batch files seen in one poll share their publish time: one point, the words after the last
 * of them. A run of more than {@link RunResult.Timeline#MAX_WORDS_PUBLISHED} publishes is thinned to
 * that many, evenly by publish, the first and the last kept; the words between two kept points are
 * still exact, so a rate between them is the mean over the batches they span.
 */
final class PublishedWords {

    private PublishedWords() {}

    /** The points of {@code published} (in the order seen) for a job spawned at {@code spawnedMillis} (epoch ms). */
    static List<RunResult.Point> of(List<BatchWatcher.Published> published, long spawnedMillis) {
        List<RunResult.Point> points = new ArrayList<>();
        long lastMillis = Long.MIN_VALUE;
        for (BatchWatcher.Published p : published) {
            RunResult.Point point = new RunResult.Point((p.publishedMillis() - spawnedMillis) / 1000.0, p.totalWords());
            if (p.publishedMillis() == lastMillis) {
                points.set(points.size() - 1, point);
            } else {
                points.add(point);
            }
            lastMillis = p.publishedMillis();
        }
        return thinned(points, RunResult.Timeline.MAX_WORDS_PUBLISHED);
    }

    /** At most {@code most} of {@code points} (at least 2), evenly by index, the first and the last among them. */
    static List<RunResult.Point> thinned(List<RunResult.Point> points, int most) {
        int n = points.size();
        if (n <= most) {
            return List.copyOf(points);
        }
        List<RunResult.Point> kept = new ArrayList<>(most);
        for (int i = 0; i < most; i++) {
            kept.add(points.get((int) Math.round(i * (n - 1) / (double) (most - 1))));
        }
        return List.copyOf(kept);
    }
}
