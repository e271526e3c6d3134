package dev.streamcompare.spark;

import dev.streamcompare.common.StreamOptions;
import dev.streamcompare.common.Tokenizer;
import dev.streamcompare.common.WordCounter;
import dev.streamcompare.common.WordOrder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.api.java.function.PairFunction;
import org.apache.spark.storage.StorageLevel;
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

    /**
     * The tuned variant's {@code flatMap(split) → map(word, 1)} and map-side combine in one pass
     * over a partition: its words counted by the reference counter ({@link WordCounter}, a plain
     * hash map), then one {@code (word, count)} per
     * distinct word to {@code reduceByKey}. Spark's own combine boxes a pair per word and compares
     * keys through Scala's generic equality (a third of the tasks' time in the profile). Flink's
     * tuned variant does the same in {@code CombinePerBatch}.
     */
    static final PairFlatMapFunction<Iterator<String>, String, Long> SPLIT_AND_COMBINE = lines -> {
        WordCounter counter = new WordCounter();
        lines.forEachRemaining(counter::addLine);
        List<Tuple2<String, Long>> pairs = new ArrayList<>(counter.distinct());
        counter.forEach((word, count) -> pairs.add(new Tuple2<>(word, count)));
        return pairs.iterator();
    };

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

    /**
     * {@code ADD_TO_STATE} with a mark: the count, and whether the word had records in this batch
     * ({@code --changes}: only those are published). updateStateByKey calls it for every word
     * every batch, with no new counts for the words that had none.
     */
    static final Function2<List<Long>, Optional<Tuple2<Long, Boolean>>, Optional<Tuple2<Long, Boolean>>> ADD_AND_MARK =
            (counts, last) -> {
                long sum = last.isPresent() ? last.get()._1() : 0L;
                for (long count : counts) {
                    sum += count;
                }
                return Optional.of(new Tuple2<>(sum, !counts.isEmpty()));
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
     * {@code flatMap(split) → map(word, 1)}: the pairs that go to {@code reduceByKey}. The tuned
     * variant counts each partition's words first ({@link #SPLIT_AND_COMBINE}).
     */
    static JavaPairDStream<String, Long> pairs(JavaDStream<String> lines, StreamOptions options) {
        if (options.tuned()) {
            return lines.mapPartitionsToPair(SPLIT_AND_COMBINE);
        }
        return lines.flatMap(SPLIT)
                .mapToPair(PAIR_WITH_ONE);
    }

    /**
     * The seed's stateless streaming count, {@code flatMap(split) → map(word, 1) → reduceByKey}
     * per batch, published through {@link PublishBatch}.
     */
    static void countPerBatch(JavaDStream<String> lines, StreamOptions options) {
        pairs(lines, options)
                .reduceByKey(SUM)
                .foreachRDD(new PublishBatch(options.output, options.print));
    }

    /**
     * The seed's stateful count, {@code flatMap(split) → map(word, 1) → updateStateByKey →
     * sortByKey}: a running count per word, the whole state every batch; with {@code changes}
     * ({@code --changes}), the counts of the words that had records in the batch ({@link #ADD_AND_MARK}).
     * The tuned variant: {@link #SPLIT_AND_COMBINE} → updateStateByKey, sorted by the publish step.
     */
    static void runningCount(JavaDStream<String> lines, StreamOptions options, boolean changes) {
        JavaPairDStream<String, Long> running;
        if (changes) {
            // --changes: the state marks the words that had records in the batch; only they are published.
            JavaPairDStream<String, Tuple2<Long, Boolean>> marked = pairs(lines, options).updateStateByKey(ADD_AND_MARK);
            checkpointAndKeep(marked, options);
            running = marked.filter(entry -> entry._2()._2()).mapValues(Tuple2::_1);
        } else {
            running = pairs(lines, options).updateStateByKey(ADD_TO_STATE);
            checkpointAndKeep(running, options);
        }
        // sortByKey, as the seed does: a sampling job, a shuffle and a sort of the whole state each
        // batch. The tuned variant leaves the sort to the publish step on the driver, which sorts
        // every batch by word anyway (BatchOutput), as Flink's sink does in both variants.
        JavaPairDStream<String, Long> published = options.tuned() ? running
                : running.transformToPair(state -> state.sortByKey(BY_WORD));
        published.foreachRDD(new PublishBatch(options.output, options.print));
    }

    /** The state's checkpoint interval, and how the tuned variant keeps it. */
    private static void checkpointAndKeep(JavaPairDStream<String, ?> state, StreamOptions options) {
        // Checkpoint the state every batch (Spark's default is every 10 s or more): a restart
        // resumes from the last batch, not from up to five batches back. Batches under a second:
        // every second (the whole batches in it), as the other engines (StreamOptions#checkpointMillis).
        long batches = (options.checkpointMillis() + options.batchMillis() - 1) / options.batchMillis();
        state.checkpoint(Durations.milliseconds(batches * options.batchMillis()));
        if (options.tuned()) {
            // A stateful DStream keeps its state serialized (MEMORY_ONLY_SER) by default, so every
            // batch deserializes the whole state to add one batch to it; kept as objects instead.
            state.persist(StorageLevel.MEMORY_ONLY());
        }
    }
}
