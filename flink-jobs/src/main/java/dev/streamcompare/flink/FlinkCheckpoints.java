package dev.streamcompare.flink;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.StateOption;
import dev.streamcompare.common.StreamOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.state.forst.ForStOptions;

/**
 * Checkpointing in a folder the user names, and resumption from the newest complete checkpoint
 * there: what {@code JavaStreamingContext.getOrCreate} gives a Spark job, done by hand for Flink.
 * Flink writes {@code <folder>/<job id>/chk-<n>/_metadata}; each run has a new job id.
 */
final class FlinkCheckpoints {

    /** Restarts of a failing job before it fails for good. */
    static final int RESTART_ATTEMPTS = 3;

    private FlinkCheckpoints() {}

    /** The state backends of the Flink jobs, the default first. */
    static final StateBackend[] BACKENDS = {StateBackend.HASHMAP, StateBackend.ROCKSDB, StateBackend.FORST};

    /** Checkpoints every {@code intervalMillis} into {@code folder} on the default (heap) backend. */
    static Configuration configure(Path folder, long intervalMillis) {
        return configure(folder, intervalMillis, StateBackend.HASHMAP);
    }

    /**
     * The backend a stateful job asked for with {@code --state}, or Flink's default; refused in one
     * line if not Flink's, as is a variant of another engine's: before the checkpoint folder is claimed.
     */
    static StateBackend backend(StreamOptions options, StateOption state) {
        options.refuseStructuredOnly("Flink");
        return state.require("Flink", BACKENDS);
    }

    /**
     * Checkpoints every {@code intervalMillis} into {@code folder}, kept when the job is cancelled;
     * resumes from the newest. The state lives in {@code backend}: {@code hashmap} (objects on the
     * heap, a full copy per checkpoint), {@code rocksdb} (RocksDB files on local disk, incremental
     * checkpoints: only the SST files new since the last one are uploaded) or {@code forst} (Flink
     * 2's disaggregated backend, experimental; incremental too). ForSt would keep its working files
     * in the checkpoint folder by default, its remote-storage design; here they stay on local disk as
     * RocksDB's do, so that the two compare on the same footing and the checkpoint folder holds
     * checkpoints only.
     */
    static Configuration configure(Path folder, long intervalMillis, StateBackend backend) {
        Configuration configuration = new Configuration();
        configuration.set(StateBackendOptions.STATE_BACKEND, backend.toString());
        if (backend != StateBackend.HASHMAP) {
            configuration.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        }
        if (backend == StateBackend.FORST) {
            configuration.set(ForStOptions.PRIMARY_DIRECTORY, "local-dir");
        }
        configuration.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, java.time.Duration.ofMillis(intervalMillis));
        configuration.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, folder.toAbsolutePath().toUri().toString());
        configuration.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        // With checkpointing on, Flink restarts a failing job forever by default, in silence at
        // our log level: a server that is not there would hang the job. Three tries, then fail.
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, RESTART_ATTEMPTS);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ofMillis(intervalMillis));
        newest(folder).ifPresent(checkpoint -> {
            System.err.println("resuming from checkpoint " + checkpoint);
            configuration.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toString());
        });
        return configuration;
    }

    /** The newest complete checkpoint (one with {@code _metadata}) under {@code folder}. */
    static Optional<Path> newest(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(folder, 3, (path, attributes) -> path.getFileName().toString().equals("_metadata")
                && path.getParent().getFileName().toString().startsWith("chk-"))) {
            return files.max(Comparator.comparingLong(FlinkCheckpoints::modified)).map(Path::getParent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }
}
