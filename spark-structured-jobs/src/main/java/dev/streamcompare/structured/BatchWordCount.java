package dev.streamcompare.structured;

import static org.apache.spark.sql.functions.col;

import dev.streamcompare.common.BatchOptions;
import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.WordCount;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The seed's batch word count on Spark SQL: the TOP most frequent words of a text file, printed
 * as {@code word<TAB>count}; with {@code --output DIR}, every word with its count besides, as one
 * batch file. The Dataset API, where the seed used RDDs.
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
                Dataset<Row> counts = counts(spark, options.input);
                if (options.output != null) {
                    counts = counts.cache(); // counted once, for the top and for the whole result
                }
                for (WordCount entry : topWords(counts, options.top)) {
                    System.out.println(entry.toTsv());
                }
                if (options.output != null) {
                    BatchOutput.publishWhole(options.output, entries(counts.collectAsList()));
                }
            } finally {
                spark.stop();
            }
        });
    }

    /** textFile → flatMap(split) → groupBy(word).count() → orderBy(count desc, word) → limit(n). */
    public static List<WordCount> topWords(SparkSession spark, String input, int n) {
        return topWords(counts(spark, input), n);
    }

    /** textFile → flatMap(split) → groupBy(word).count(): every word with its count, not computed yet. */
    public static Dataset<Row> counts(SparkSession spark, String input) {
        return WordCountSteps.words(spark.read().textFile(input)) // UTF-8 lines
                .groupBy(WordCountSteps.WORD).count();
    }

    /** orderBy(count desc, word) → limit(n) of {@code counts}. */
    static List<WordCount> topWords(Dataset<Row> counts, int n) {
        // Strings order by their UTF-8 bytes, that is by code point, as WordOrder does.
        return entries(counts.orderBy(col(WordCountSteps.COUNT).desc(), col(WordCountSteps.WORD)).limit(n).collectAsList());
    }

    private static List<WordCount> entries(List<Row> rows) {
        return rows.stream().map(row -> new WordCount(row.getString(0), row.getLong(1))).toList();
    }
}
