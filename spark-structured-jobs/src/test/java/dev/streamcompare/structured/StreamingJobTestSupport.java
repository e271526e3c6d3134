package dev.streamcompare.structured;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.StreamOptions;
import dev.streamcompare.common.WordCounter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;

/** What the streaming job tests share: sessions on local[2], the seed text and its reference counts. */
final class StreamingJobTestSupport {

    private StreamingJobTestSupport() {}

    /** A session as the jobs make it, on local[2]. */
    static SparkSession session(StreamOptions options) {
        options.cores = 2;
        return StreamingJobs.session("test", options);
    }

    static void stop(StreamingQuery query, SparkSession spark) throws TimeoutException {
        try {
            query.stop();
        } finally {
            spark.stop();
        }
    }

    static Path seed() {
        return ProjectHome.seedText();
    }

    static Map<String, Long> referenceCounts(Path file) throws IOException {
        return WordCounter.countFile(file).toMap();
    }

    /** Text that only a UTF-8 decoder and a Python-exact tokenizer count right (see the Flink twin). */
    static Path unicodeText(Path folder) throws IOException {
        String text = "caf\u00E9 na\u00EFve caf\u00E9\n"
                + "\uD83D\uDE00\u00A0\u00FCber\u2007\u00FCber\u202Fend\u0085caf\u00E9\n"
                + "zero\u200Bwidth stays one word\n";
        return Files.writeString(folder.resolve("unicode.txt"), text, StandardCharsets.UTF_8);
    }
}
