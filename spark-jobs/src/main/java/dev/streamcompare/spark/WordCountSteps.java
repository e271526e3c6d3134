package dev.streamcompare.spark;

import dev.streamcompare.common.StreamOptions;
import dev.streamcompare.common.Tokenizer;
import dev.streamcompare.common.WordOrder;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.PairFunction;
import org.apache.spark.streaming.Durations;
import org.apache.spark.streaming.api.java.JavaDStream;
import org.apache.spark.streaming.api.java.JavaPairDStream;
import scala.Tuple2;

/**
 * The steps every Spark word count shares, as the seed writes them: split a line into words,
 * pair each word with 1, sum the pairs of one word.
 */
final class WordCountSteps {

    private WordCountSteps() {}

    /** {@code flatMap(lambda line: line.split())}, with the shared tokenizer. */
    static final FlatMapFunction<String, String> SPLIT = line -> Tokenizer.split(line).iterator();

    /** {@code map(lambda word: (word, 1))}. */
    static final PairFunction<String, String, Long> PAIR_WITH_ONE = word -> new Tuple2<>(word, 1L);

    /** {@code reduceByKey(lambda x, y: x + y)}. */
    static final Function2<Long, Long, Long> SUM = Long::sum;

    /** {@code updateStateByKey(lambda new, last: sum(new) + (last or 0))}. */
    static final Function2<List<Long>, Optional<Long>, Optional<Long>> ADD_TO_STATE = (counts, last) -> {
        long sum = last.orElse(0L);
        for (long count : counts) {
            sum += count;
        }
        return Optional.of(sum);
    };

    /** Words by code point, for sortByKey; serializable. */
    static final Comparator<String> BY_WORD = new ByWord();

    /** Count descending, then word by code point; serializable, as takeOrdered ships it to executors. */
    static final Comparator<Tuple2<String, Long>> BY_COUNT_DESCENDING = new ByCountDescending();

    private static final class ByWord implements Comparator<String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(String a, String b) {
            return WordOrder.compareWords(a, b);
        }
    }

    private static final class ByCountDescending implements Comparator<Tuple2<String, Long>>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Tuple2<String, Long> a, Tuple2<String, Long> b) {
            return WordOrder.compareByCountDescending(a._1(), a._2(), b._1(), b._2());
        }
    }

    /**
     * The seed's stateless streaming count, {@code flatMap(split) → map(word, 1) → reduceByKey}
     * per batch, published through {@link PublishBatch}.
     */
    static void countPerBatch(JavaDStream<String> lines, StreamOptions options) {
        lines.flatMap(SPLIT)
                .mapToPair(PAIR_WITH_ONE)
                .reduceByKey(SUM)
                .foreachRDD(new PublishBatch(options.output, options.print));
    }

    /**
     * The seed's stateful count, {@code flatMap(split) → map(word, 1) → updateStateByKey →
     * sortByKey}: a running count per word, the whole state every batch.
     */
    static void runningCount(JavaDStream<String> lines, StreamOptions options) {
        JavaPairDStream<String, Long> running = lines.flatMap(SPLIT)
                .mapToPair(PAIR_WITH_ONE)
                .updateStateByKey(ADD_TO_STATE);
        // Checkpoint the state every batch (Spark's default is every 10 s or more): a restart
        // resumes from the last batch, not from up to five batches back.
        running.checkpoint(Durations.seconds(options.batchSeconds));

        running.transformToPair(state -> state.sortByKey(BY_WORD))
                .foreachRDD(new PublishBatch(options.output, options.print));
    }
}
