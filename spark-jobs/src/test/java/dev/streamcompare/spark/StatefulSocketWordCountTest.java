package dev.streamcompare.spark;

import static dev.streamcompare.testkit.Fixtures.referenceCounts;
import static dev.streamcompare.testkit.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.common.BatchFiles;
import dev.streamcompare.common.StatefulSocketOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.spark.streaming.api.java.JavaStreamingContext;
import dev.streamcompare.common.Variant;
import dev.streamcompare.testkit.TextServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class StatefulSocketWordCountTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FAITHFUL", "TUNED"})
    void publishesTheFullStateEveryBatchAndItEqualsTheReference(Variant variant) throws Exception {
        try (TextServer server = TextServer.start("127.0.0.1", 0, seed(), 1, 0, true)) {
            StatefulSocketOptions options = new StatefulSocketOptions();
            options.variant = variant;
            options.host = "127.0.0.1";
            options.port = server.port();
            options.batchSeconds = 1;
            options.output = folder.resolve("out");
            options.checkpoint = folder.resolve("checkpoint");
            options.print = 0;
            options.validate();
            JavaStreamingContext ssc = StreamingJobTestSupport.context(options);
            ssc.checkpoint(options.checkpoint.toString());
            StatefulSocketWordCount.addTo(ssc, options);
            ssc.start();
            try {
                Map<String, Long> expected = referenceCounts(seed());
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> BatchFiles.newest(options.output).equals(expected));
                int published = BatchFiles.list(options.output).size();

                // updateStateByKey: no input, yet a new batch carrying the whole state.
                await().atMost(Duration.ofSeconds(20)).until(() -> BatchFiles.list(options.output).size() >= published + 2);
                assertThat(BatchFiles.newest(options.output)).isEqualTo(expected);
            } finally {
                StreamingJobTestSupport.stop(ssc);
            }
        }
    }
}
