package dev.streamcompare.spark;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.streaming.Time;

/**
 * Publishes each batch through the project's output contract ({@link BatchOutput}): Spark's
 * {@code print()} layout on the driver's stdout and, with an output folder, one complete file per
 * batch. Runs on the driver, in {@code foreachRDD}. Serializable with plain fields, as a
 * checkpointed DStream graph must be.
 */
final class PublishBatch implements VoidFunction2<JavaPairRDD<String, Long>, Time> {

    private static final long serialVersionUID = 1L;

    private final String folder;
    private final int print;

    PublishBatch(Path folder, int print) {
        this.folder = folder == null ? null : folder.toAbsolutePath().toString();
        this.print = print;
    }

    @Override
    public void call(JavaPairRDD<String, Long> counts, Time batchTime) {
        // Pairs cross to the driver, records are made there: Kryo (the tuned variant) cannot write Java records.
        List<WordCount> batch = counts.collect().stream().map(pair -> new WordCount(pair._1(), pair._2())).toList();
        // Stateless: no input, no file. Stateful: the state is never empty again once it is not.
        if (batch.isEmpty()) {
            return;
        }
        new BatchOutput(folder == null ? null : Path.of(folder), print, System.out).publish(batchTime.milliseconds(), batch);
    }
}
