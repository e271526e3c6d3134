package dev.streamcompare.flink;

import dev.streamcompare.common.BatchOptions;
import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.JobCli;
import dev.streamcompare.common.TopN;
import dev.streamcompare.common.WordCount;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The seed's batch word count on Flink: the TOP most frequent words of a text file, printed as
 * {@code word<TAB>count}; with {@code --output DIR}, every word with its count besides, as one batch
 * file. The DataStream API in BATCH execution mode over a bounded FileSource.
 *
 * <p>Side by side with {@code dev.streamcompare.spark.BatchWordCount}, step for step.
 */
public final class BatchWordCount {

    private BatchWordCount() {}

    public static void main(String[] args) {
        BatchOptions options = JobCli.parseOrExit("BatchWordCount", new BatchOptions(), args);
        JobCli.runAndExit("BatchWordCount", () -> {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            if (options.cores > 0) {
                env.setParallelism(options.cores);
            }
            List<WordCount> all = counts(env, options.input);
            for (WordCount entry : TopN.of(all, options.top)) {
                System.out.println(entry.toTsv());
            }
            if (options.output != null) {
                BatchOutput.publishWhole(options.output, all);
            }
        });
    }

    /** textFile → flatMap(split) → map(word, 1) → reduceByKey → takeOrdered(n). */
    public static List<WordCount> topWords(StreamExecutionEnvironment env, String input, int n) throws Exception {
        return TopN.of(counts(env, input), n);
    }

    /** textFile → flatMap(split) → map(word, 1) → reduceByKey, collected by the client: every word with its count. */
    public static List<WordCount> counts(StreamExecutionEnvironment env, String input) throws Exception {
        // BATCH mode: a keyed reduce emits one final record per key at the end of the input.
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);

        FileSource<String> textFile = FileSource
                .forRecordStreamFormat(new TextLineInputFormat(), new Path(input)) // UTF-8 lines
                .build();

        DataStream<Tuple2<String, Long>> counts = env
                .fromSource(textFile, WatermarkStrategy.noWatermarks(), "textFile")
                .flatMap(WordCountSteps.SPLIT).returns(WordCountSteps.WORD).name("flatMap(split)")
                .map(WordCountSteps.PAIR_WITH_ONE).returns(WordCountSteps.WORD_COUNT).name("map(word, 1)")
                .keyBy(WordCountSteps.WORD_OF).reduce(WordCountSteps.SUM).name("reduceByKey");

        // takeOrdered brings the top of each partition to Spark's driver; here the client gets every
        // key, which the job streams back to it, and takes the top of all (topWords).
        List<WordCount> all = new ArrayList<>();
        try (CloseableIterator<Tuple2<String, Long>> results = counts.executeAndCollect("BatchWordCount")) {
            results.forEachRemaining(pair -> all.add(new WordCount(pair.f0, pair.f1)));
        }
        return all;
    }
}
