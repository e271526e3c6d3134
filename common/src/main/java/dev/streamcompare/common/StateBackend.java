package dev.streamcompare.common;

import java.util.Locale;

/**
 * Where a stateful job keeps its running count, per engine (docs/semantics.md §12):
 * Flink {@code hashmap} (objects on the heap, its default), {@code rocksdb} (RocksDB on local
 * disk, incremental checkpoints) and {@code forst} (Flink 2's disaggregated-state backend,
 * experimental in Flink); Structured Streaming {@code hdfs} (its default, maps on the heap, a
 * delta file per micro-batch) and {@code rocksdb} (RocksDB state store, changelog checkpointing);
 * Spark DStreams {@code rdd}, its one way (the state RDD, checkpointed whole).
 */
public enum StateBackend {
    HASHMAP,
    ROCKSDB,
    FORST,
    HDFS,
    RDD;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The backend named {@code name}, in any case, or a {@link BadInputException} listing them. */
    public static StateBackend parse(String name) {
        for (StateBackend backend : values()) {
            if (backend.toString().equalsIgnoreCase(name)) {
                return backend;
            }
        }
        throw new BadInputException("--state must be one of hashmap, rocksdb, forst, hdfs, rdd; got '" + name + "'");
    }
}
