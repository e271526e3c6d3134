package dev.streamcompare.structured;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Publishes each micro-batch through the project's output contract ({@link BatchOutput}):
 * Spark's {@code print()} layout on the driver's stdout and, with an output folder, one complete
 * file per batch. Runs on the driver, in {@code foreachBatch}, on rows of
 * {@code (word, batchTime, count)}.
 *
 * <p>The batch end is the micro-batch's trigger time floored to the batch interval: the
 * processing-time trigger fires at multiples of the interval, and the batch holds what arrived
 * before it fired — the DStream meaning of a batch time. A batch that starts late, in the same
 * interval as the one before it, is named 1 ms after it, so no file replaces another.
 */
final class PublishBatch implements VoidFunction2<Dataset<Row>, Long> {

    private static final long serialVersionUID = 1L;

    private final BatchOutput output;
    /** The batch interval the files are named on, or 0: named by the micro-batch's exact timestamp. */
    private final long batchMillis;
    private long lastBatchEnd = Long.MIN_VALUE;

    PublishBatch(Path folder, int print, long batchMillis) {
        this.output = new BatchOutput(folder == null ? null : folder.toAbsolutePath(), print, System.out);
        this.batchMillis = batchMillis;
    }

    /**
     * Publishes a micro-batch's changed counts (update output mode) in a file named by the
     * micro-batch's exact timestamp: unique per micro-batch and the same when a micro-batch runs
     * again after a restart, so that the newest file holding a word has its count.
     */
    static PublishBatch changes(Path folder, int print) {
        return new PublishBatch(folder, print, 0);
    }

    @Override
    public void call(Dataset<Row> counts, Long batchId) {
        List<Row> rows = counts.collectAsList();
        // Stateless: no input, no file. Stateful (complete mode): a batch runs only on new input.
        if (rows.isEmpty()) {
            return;
        }
        long batchTime = rows.get(0).getLong(rows.get(0).fieldIndex(WordCountSteps.BATCH_TIME));
        long batchEnd = batchMillis == 0 ? batchTime : Math.max(batchTime - Math.floorMod(batchTime, batchMillis), lastBatchEnd + 1);
        List<WordCount> batch = new ArrayList<>(rows.size());
        for (Row row : rows) {
            batch.add(new WordCount(row.getString(row.fieldIndex(WordCountSteps.WORD)),
                    row.getLong(row.fieldIndex(WordCountSteps.COUNT))));
        }
        output.publish(batchEnd, batch);
        lastBatchEnd = batchEnd;
    }
}
