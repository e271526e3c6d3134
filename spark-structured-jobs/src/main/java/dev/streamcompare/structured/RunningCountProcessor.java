package dev.streamcompare.structured;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.streaming.OutputMode;
import org.apache.spark.sql.streaming.StatefulProcessor;
import org.apache.spark.sql.streaming.TTLConfig;
import org.apache.spark.sql.streaming.TimeMode;
import org.apache.spark.sql.streaming.TimerValues;
import org.apache.spark.sql.streaming.ValueState;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code updateStateByKey(lambda new, total: sum(new) + (total or 0))} as Spark 4 writes it: a
 * {@code StatefulProcessor} of {@code transformWithState} holding the running count of its word in a
 * {@code ValueState<Long>}, kept in the RocksDB state store and checkpointed with the query. Called
 * once per word per micro-batch with that word's occurrences in the batch; emits the word's new count.
 */
final class RunningCountProcessor extends StatefulProcessor<String, String, Tuple2<String, Long>> {

    private static final long serialVersionUID = 1L;

    private transient ValueState<Long> count;

    @Override
    public void init(OutputMode outputMode, TimeMode timeMode) {
        count = getHandle().getValueState("count", Encoders.LONG(), TTLConfig.NONE());
    }

    @Override
    public scala.collection.Iterator<Tuple2<String, Long>> handleInputRows(String word, scala.collection.Iterator<String> occurrences,
                                                                          TimerValues timerValues) {
        long added = occurrences.size();
        long total = (count.exists() ? count.get() : 0L) + added;
        count.update(total);
        return CollectionConverters.asScala(List.of(new Tuple2<>(word, total)).iterator());
    }
}
