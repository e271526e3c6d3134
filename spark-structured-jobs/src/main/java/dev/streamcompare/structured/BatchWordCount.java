package dev.streamcompare.structured;

import static org.apache.spark.sql.functions.col;

import dev.streamcompare.common.BatchOptions;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.WordCount;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The seed's batch word count on Spark SQL: the TOP most frequent words of a text file, printed
 * as {@code word<TAB>count}. The Dataset API, where the seed used RDDs.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.BatchWordCount}, step for step.
 */
public final class BatchWordCount {

    private BatchWordCount() {}

    public static void main(String[] args) {
        BatchOptions options = JobCli.parseOrExit("BatchWordCount", new BatchOptions(), args);
        JobCli.runAndExit("BatchWordCount", () -> {
            SparkSession spark = SparkSessions.forJob("BatchWordCount", options.cores);
            try {
                for (WordCount entry : topWords(spark, options.input, options.top)) {
                    System.out.println(entry.toTsv());
                }
            } finally {
                spark.stop();
            }
        });
    }

    /** textFile → flatMap(split) → groupBy(word).count() → orderBy(count desc, word) → limit(n). */
    public static List<WordCount> topWords(SparkSession spark, String input, int n) {
        Dataset<Row> counts = WordCountSteps.words(spark.read().textFile(input)) // UTF-8 lines
                .groupBy(WordCountSteps.WORD).count();

        // Strings order by their UTF-8 bytes, that is by code point, as WordOrder does.
        return counts.orderBy(col(WordCountSteps.COUNT).desc(), col(WordCountSteps.WORD))
                .limit(n)
                .collectAsList().stream()
                .map(row -> new WordCount(row.getString(0), row.getLong(1)))
                .toList();
    }
}
