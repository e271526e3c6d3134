package dev.streamcompare.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code --state BACKEND}, the stateful jobs' choice of state backend ({@link StateBackend}): each
 * engine resolves it with {@link #require}, its default when it is not given, and refuses in one
 * line a backend it does not have. The resolved backend is part of the job's identity in its
 * checkpoint folder: a restart on another backend is refused.
 */
public final class StateOption {

    @Option(names = "--state", paramLabel = "BACKEND", converter = Converter.class,
            description = "Where the running count is kept: Flink hashmap (default), rocksdb or forst (experimental in "
                    + "Flink); Structured Streaming hdfs (default) or rocksdb; Spark DStreams rdd, its one way.")
    private StateBackend given;

    @Option(names = "--changes",
            description = "Publish only the words whose count changed in each batch, not the full state: the state is the newest "
                    + "count of each word over all files. For large state, where republishing every key each batch would measure "
                    + "the output, not the state.")
    private boolean changes;

    /** Accepts a backend's name in any case. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<StateBackend> {
        @Override
        public StateBackend convert(String value) {
            try {
                return StateBackend.parse(value);
            } catch (BadInputException e) {
                throw new picocli.CommandLine.TypeConversionException("expected hashmap, rocksdb, forst, hdfs or rdd, got '" + value + "'");
            }
        }
    }

    private StateBackend resolved;

    /** Gives {@code backend}, as {@code --state} does (for a job built in code, such as a test's). */
    public StateOption given(StateBackend backend) {
        given = backend;
        return this;
    }

    /** Whether the job publishes each batch's changed counts rather than its full state. */
    public boolean changes() {
        return changes;
    }

    /** Publishes changes ({@code --changes}), for a job built in code. */
    public StateOption changes(boolean publishChanges) {
        changes = publishChanges;
        return this;
    }

    /** The backend given, or none. */
    public StateBackend given() {
        return given;
    }

    /**
     * The backend {@code engine} runs: the one given if it is among {@code offered}, else
     * {@code offered[0]}, the engine's default; a backend the engine does not have is refused.
     */
    public StateBackend require(String engine, StateBackend... offered) {
        List<StateBackend> backends = Arrays.asList(offered);
        if (given != null && !backends.contains(given)) {
            throw new BadInputException("--state " + given + " is not a state backend of " + engine + "; it has "
                    + backends.stream().map(StateBackend::toString).collect(Collectors.joining(", ")));
        }
        resolved = given != null ? given : offered[0];
        return resolved;
    }

    /** {@code " state=<backend>"} once resolved, for the job's identity; the given one, or nothing, before. */
    public String describe() {
        StateBackend shown = resolved != null ? resolved : given;
        return (shown == null ? "" : " state=" + shown) + (changes ? " changes" : "");
    }
}
