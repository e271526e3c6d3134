package dev.streamcompare.spark;

import dev.streamcompare.common.BatchOptions;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.WordCount;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The seed's batch word count on Spark: the TOP most frequent words of a text file, printed as
 * {@code word<TAB>count}. The RDD API, as the seed wrote it.
 *
 * <p>Side by side with {@code dev.streamcompare.flink.BatchWordCount}, step for step.
 */
public final class BatchWordCount {

    private BatchWordCount() {}

    public static void main(String[] args) {
        BatchOptions options = JobCli.parseOrExit("BatchWordCount", new BatchOptions(), args);
        JobCli.runAndExit("BatchWordCount", () -> {
            try (JavaSparkContext sc = new JavaSparkContext(SparkConfs.forJob("BatchWordCount", options.cores))) {
                for (WordCount entry : topWords(sc, options.input, options.top)) {
                    System.out.println(entry.toTsv());
                }
            }
        });
    }

    /** textFile → flatMap(split) → map(word, 1) → reduceByKey → takeOrdered(n). */
    public static List<WordCount> topWords(JavaSparkContext sc, String input, int n) {
        JavaPairRDD<String, Long> counts = sc
                .textFile(input) // UTF-8 lines
                .flatMap(WordCountSteps.SPLIT).setName("flatMap(split)")
                .mapToPair(WordCountSteps.PAIR_WITH_ONE).setName("map(word, 1)")
                .reduceByKey(WordCountSteps.SUM).setName("reduceByKey");

        // takeOrdered brings the top of each partition to the driver and merges them there.
        return counts.takeOrdered(n, WordCountSteps.BY_COUNT_DESCENDING).stream()
                .map(pair -> new WordCount(pair._1(), pair._2()))
                .toList();
    }
}
