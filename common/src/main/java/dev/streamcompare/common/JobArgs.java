package dev.streamcompare.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job's command line, typed: the one place a job's command line is built; used by the harness
 * and the job tests. Each method writes one option of the options classes beside it
 * ({@link EngineOptions}, {@link StreamOptions}, {@link SocketOptions}, {@link FileStreamOptions},
 * {@link StatefulSocketOptions}, {@link StatefulFileOptions}, {@link KafkaOptions}, {@link BatchOptions}), so a flag's
 * name is spelled once more here and nowhere else; {@code JobArgsTest} parses what it builds with
 * those classes.
 *
 * <p>Only the options set are written, in the order first set (setting one again replaces its
 * value); the job's defaults apply to the rest. Nothing is checked here: the job checks its
 * options as it always does.
 */
public final class JobArgs {

    private final Map<String, String> options = new LinkedHashMap<>();

    /** An empty command line. */
    public JobArgs() {}

    /** {@code --cores N}: Flink's parallelism, Spark's local[N]. */
    public JobArgs cores(int n) {
        return set("--cores", Integer.toString(n));
    }

    /** {@code --batch-seconds S}. */
    public JobArgs batchSeconds(int seconds) {
        return set("--batch-seconds", Integer.toString(seconds));
    }

    /** {@code --batch-ms MS}: the batch interval in milliseconds. */
    public JobArgs batchMillis(long millis) {
        return set("--batch-ms", Long.toString(millis));
    }

    /** {@code --buffer-ms MS}: Flink's network buffer timeout. */
    public JobArgs bufferMillis(int millis) {
        return set("--buffer-ms", Integer.toString(millis));
    }

    /** {@code --output DIR}: where each batch is published (the batch job: its whole result, as one batch). */
    public JobArgs output(Path dir) {
        return set("--output", dir.toString());
    }

    /** {@code --print N}: entries printed per batch. */
    public JobArgs print(int n) {
        return set("--print", Integer.toString(n));
    }

    /** {@code --variant faithful|tuned|per-record}. */
    public JobArgs variant(Variant variant) {
        return set("--variant", variant.toString());
    }

    /** {@code --host HOST --port PORT}: the text server a socket job reads. */
    public JobArgs socket(String host, int port) {
        set("--host", host);
        return set("--port", Integer.toString(port));
    }

    /** {@code --max-retry N}: a socket job's reconnections, -1 for ever. */
    public JobArgs maxRetry(int n) {
        return set("--max-retry", Integer.toString(n));
    }

    /** {@code --bootstrap HOST:PORT --topic TOPIC --group ID}: the topic a Kafka job reads. */
    public JobArgs kafka(String bootstrap, String topic, String group) {
        set("--bootstrap", bootstrap);
        set("--topic", topic);
        return set("--group", group);
    }

    /** {@code --input-dir DIR}: the folder a file job watches. */
    public JobArgs inputDir(Path dir) {
        return set("--input-dir", dir.toString());
    }

    /** {@code --checkpoint DIR}: a stateful or Kafka job's checkpoint folder. */
    public JobArgs checkpoint(Path dir) {
        return set("--checkpoint", dir.toString());
    }

    /** {@code --state BACKEND}: where a stateful job keeps its running count; null leaves the engine's default. */
    public JobArgs state(StateBackend backend) {
        return backend == null ? this : set("--state", backend.toString());
    }

    /** {@code --changes} when {@code publishChanges}: a stateful job publishes each batch's changed counts. */
    public JobArgs changes(boolean publishChanges) {
        if (publishChanges) {
            options.put("--changes", null); // a flag: no value
        }
        return this;
    }

    /** {@code --input FILE}: the batch job's text file. */
    public JobArgs input(Path file) {
        return set("--input", file.toString());
    }

    /** {@code --input LOCATION}: the batch job's text file as any path or URI the engine reads ({@code file:}, {@code hdfs:} …). */
    public JobArgs input(String location) {
        return set("--input", location);
    }

    /** {@code --top N}: how many words the batch job prints. */
    public JobArgs top(int n) {
        return set("--top", Integer.toString(n));
    }

    /** The arguments, each option followed by its value (a flag by none). */
    public List<String> toList() {
        List<String> args = new ArrayList<>(2 * options.size());
        options.forEach((name, value) -> {
            args.add(name);
            if (value != null) {
                args.add(value);
            }
        });
        return args;
    }

    /** The arguments as a {@code main} takes them. */
    public String[] toArray() {
        return toList().toArray(new String[0]);
    }

    /** The arguments joined by spaces, for messages. */
    @Override
    public String toString() {
        return String.join(" ", toList());
    }

    private JobArgs set(String name, String value) {
        options.put(name, Objects.requireNonNull(value, name));
        return this;
    }
}
