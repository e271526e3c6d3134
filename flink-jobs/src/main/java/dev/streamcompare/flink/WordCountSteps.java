package dev.streamcompare.flink;

import dev.streamcompare.common.Tokenizer;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * The steps every Flink word count shares, named as the seed names them in Spark: split a line
 * into words, pair each word with 1, sum the pairs of one word. Lambdas lose their generic types
 * to erasure, hence the type hints beside them.
 */
final class WordCountSteps {

    private WordCountSteps() {}

    static final TypeInformation<String> WORD = Types.STRING;
    static final TypeInformation<Tuple2<String, Long>> WORD_COUNT = Types.TUPLE(Types.STRING, Types.LONG);

    /** {@code flatMap(lambda line: line.split())}, with the shared tokenizer. */
    static final FlatMapFunction<String, String> SPLIT = (line, out) -> Tokenizer.forEachWord(line, out::collect);

    /** {@code map(lambda word: (word, 1))}. */
    static final MapFunction<String, Tuple2<String, Long>> PAIR_WITH_ONE = word -> Tuple2.of(word, 1L);

    /** The key of a pair: its word. */
    static final KeySelector<Tuple2<String, Long>, String> WORD_OF = pair -> pair.f0;

    /** {@code reduceByKey(lambda x, y: x + y)}. */
    static final ReduceFunction<Tuple2<String, Long>> SUM = (a, b) -> Tuple2.of(a.f0, a.f1 + b.f1);
}
