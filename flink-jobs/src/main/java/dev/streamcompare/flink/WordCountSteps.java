package dev.streamcompare.flink;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.StreamOptions;
import dev.streamcompare.common.Tokenizer;
import java.time.Duration;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

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

    /**
     * The last millisecond of the batch holding {@code time}: the batches are the tumbling
     * windows' own, aligned to the epoch, so the window assigner's arithmetic gives them.
     */
    static long lastMilliOfBatch(long time, long batchMillis) {
        return TimeWindow.getWindowStartWithOffset(time, 0, batchMillis) + batchMillis - 1;
    }

    /** The key of a pair: its word. */
    static final KeySelector<Tuple2<String, Long>, String> WORD_OF = pair -> pair.f0;

    /** {@code reduceByKey(lambda x, y: x + y)}. */
    static final ReduceFunction<Tuple2<String, Long>> SUM = (a, b) -> Tuple2.of(a.f0, a.f1 + b.f1);

    /**
     * {@code flatMap(split) → map(word, 1)}: the pairs that go to {@code keyBy}. The tuned variant
     * splits and counts each batch's words before {@code keyBy} and sends one
     * {@code (word, count)} per word and batch instead ({@link CombinePerBatch}).
     */
    static DataStream<Tuple2<String, Long>> pairs(DataStream<String> lines, StreamOptions options) {
        if (options.tuned()) {
            return lines.transform("flatMap(split) + combine per batch", WORD_COUNT, new CombinePerBatch(options.batchMillis()))
                    .uid("combine per batch");
        }
        return lines.flatMap(SPLIT).returns(WORD).name("flatMap(split)").uid("flatMap(split)")
                .map(PAIR_WITH_ONE).returns(WORD_COUNT).name("map(word, 1)").uid("map(word, 1)");
    }

    /** Pairs that came after their batch had been published: none may, or words would be lost unseen. */
    static final OutputTag<Tuple2<String, Long>> LATE = new OutputTag<>("late", WORD_COUNT);

    /**
     * The seed's stateless streaming count, {@code flatMap(split) → map(word, 1) → reduceByKey}
     * per batch, published through {@link BatchFileSink}. {@code lines} carry timestamps (the
     * ingestion time, {@link IngestionTimeWatermarks}, or a Kafka record's), so a batch is an
     * event-time window. A pair behind the watermark, whose window has fired, fails the job: a
     * window would drop it in silence. Ingestion time never has one; Kafka timestamps that go
     * back within a partition would.
     */
    static void countPerBatch(DataStream<String> lines, StreamOptions options) {
        if (options.perRecord()) {
            throw new BadInputException("--variant per-record is for the stateful jobs: a count per batch has batches by definition");
        }
        SingleOutputStreamOperator<Tuple2<String, Long>> counts = pairs(lines, options)
                .keyBy(WORD_OF)
                .window(TumblingEventTimeWindows.of(Duration.ofMillis(options.batchMillis())))
                .sideOutputLateData(LATE)
                .reduce(SUM).name("reduceByKey").uid("reduceByKey");
        counts.sinkTo(BatchFileSink.perBatch(options.output, options.print)).name("print").uid("print").setParallelism(1);
        counts.getSideOutput(LATE).map(WordCountSteps::refuseLate).returns(WORD_COUNT).name("refuse late words").uid("refuse late words");
    }

    private static Tuple2<String, Long> refuseLate(Tuple2<String, Long> late) {
        throw new IllegalStateException("a record came after its batch was published (its timestamp is behind the watermark):"
                + " word '" + late.f0 + "' would be lost; the input's timestamps went back within a partition");
    }

    /**
     * The seed's stateful count, {@code flatMap(split) → map(word, 1) → updateStateByKey →
     * sortByKey}: a running count per word ({@link RunningCount}), the whole state every batch; with
     * {@code changes} ({@code --changes}), the counts of the words that changed in it, a file per
     * batch whose newest count of each word is the state.
     */
    static void runningCount(DataStream<String> lines, StreamOptions options, boolean changes) {
        if (options.perRecord()) {
            runningCountPerRecord(lines, options); // publishes changes anyway
            return;
        }
        pairs(lines, options)
                .keyBy(WORD_OF)
                .process(new RunningCount(options.batchMillis(), !changes)).name("updateStateByKey").uid("updateStateByKey")
                // sortByKey: the sink sorts every batch by word, as the output contract wants.
                .sinkTo(changes ? BatchFileSink.perBatch(options.output, options.print) : BatchFileSink.fullState(options.output, options.print))
                .name("print").uid("print").setParallelism(1);
    }

    /**
     * The per-record variant of {@link #runningCount}, Flink's own way: {@code flatMap(split) →
     * map(word, 1) → keyBy → running count}, each record updating its word's count and sending the
     * new count on at once ({@link RunningCountPerRecord}), no timers and no batches. The sink
     * publishes the counts that changed since its last file on every watermark, once a batch
     * interval ({@link BatchFileSink#changes}): the newest count of a word is its state.
     */
    private static void runningCountPerRecord(DataStream<String> lines, StreamOptions options) {
        pairs(lines, options)
                .keyBy(WORD_OF)
                .process(new RunningCountPerRecord()).name("running count per record").uid("running count per record")
                .sinkTo(BatchFileSink.changes(options.output, options.print)).name("print").uid("print").setParallelism(1);
    }
}
