package dev.streamcompare.spark;

import dev.streamcompare.common.BatchOptions;
import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.WordCount;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The seed's batch word count on Spark: the TOP most frequent words of a text file, printed as
 * {@code word<TAB>count}; with {@code --output DIR}, every word with its count besides, as one batch
 * file. The RDD API, as the seed wrote it.
 *
 * <p>Side by side with {@code dev.streamcompare.flink.BatchWordCount}, step for step.
 */
public final class BatchWordCount {

    private BatchWordCount() {}

    public static void main(String[] args) {
        BatchOptions options = JobCli.parseOrExit("BatchWordCount", new BatchOptions(), args);
        JobCli.runAndExit("BatchWordCount", () -> {
            try (JavaSparkContext sc = new JavaSparkContext(SparkConfs.forJob("BatchWordCount", options.cores))) {
                JavaPairRDD<String, Long> counts = counts(sc, options.input);
                if (options.output != null) {
                    counts.cache(); // counted once, for the top and for the whole result
                }
                for (WordCount entry : topWords(counts, options.top)) {
                    System.out.println(entry.toTsv());
                }
                if (options.output != null) {
                    BatchOutput.publishWhole(options.output, entries(counts.collect()));
                }
            }
        });
    }

    /** textFile → flatMap(split) → map(word, 1) → reduceByKey → takeOrdered(n). */
    public static List<WordCount> topWords(JavaSparkContext sc, String input, int n) {
        return topWords(counts(sc, input), n);
    }

    /** textFile → flatMap(split) → map(word, 1) → reduceByKey: every word with its count, not computed yet. */
    public static JavaPairRDD<String, Long> counts(JavaSparkContext sc, String input) {
        return sc
                .textFile(input) // UTF-8 lines
                .flatMap(WordCountSteps.SPLIT).setName("flatMap(split)")
                .mapToPair(WordCountSteps.PAIR_WITH_ONE).setName("map(word, 1)")
                .reduceByKey(WordCountSteps.SUM).setName("reduceByKey");
    }

    /** takeOrdered(n) of {@code counts}: it brings the top of each partition to the driver and merges them there. */
    static List<WordCount> topWords(JavaPairRDD<String, Long> counts, int n) {
        return entries(counts.takeOrdered(n, WordCountSteps.BY_COUNT_DESCENDING));
    }

    private static List<WordCount> entries(List<Tuple2<String, Long>> pairs) {
        return pairs.stream().map(pair -> new WordCount(pair._1(), pair._2())).toList();
    }
}
