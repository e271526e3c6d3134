package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --state}: parsed on every stateful job, resolved per engine, part of the checkpoint identity. */
class StateOptionTest {

    @TempDir
    Path folder;

    private StatefulSocketOptions parsed(String... args) {
        StatefulSocketOptions options = new StatefulSocketOptions();
        String[] all = new String[args.length + 4];
        all[0] = "--port";
        all[1] = "9999";
        all[2] = "--checkpoint";
        all[3] = folder.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        assertThat(JobCli.parse("StatefulSocketWordCount", options, all, System.out, System.err)).as("go on").isEqualTo(-1);
        return options;
    }

    @Test
    void anEngineRunsItsDefaultWhenNoneIsGivenAndTheIdentityNamesIt() {
        StatefulSocketOptions options = parsed();
        assertThat(options.describe()).doesNotContain("state=");
        assertThat(options.state.require("Flink", StateBackend.HASHMAP, StateBackend.ROCKSDB)).isEqualTo(StateBackend.HASHMAP);
        assertThat(options.describe()).endsWith(" state=hashmap");
    }

    @Test
    void aGivenBackendIsRunInAnyCaseAndChangesTheIdentity() {
        StatefulSocketOptions rocks = parsed("--state", "RocksDB");
        assertThat(rocks.state.require("Flink", StateBackend.HASHMAP, StateBackend.ROCKSDB)).isEqualTo(StateBackend.ROCKSDB);
        assertThat(rocks.describe()).isNotEqualTo(parsed().describe()).endsWith(" state=rocksdb");
    }

    @Test
    void aBackendTheEngineHasNotIsRefusedNamingTheOnesItHas() {
        StatefulSocketOptions options = parsed("--state", "rocksdb");
        assertThatThrownBy(() -> options.state.require("Spark DStreams", StateBackend.RDD))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--state rocksdb is not a state backend of Spark DStreams; it has rdd");
    }

    @Test
    void anUnknownBackendIsRefusedInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JobCli.parse("StatefulFileWordCount", new StatefulFileOptions(),
                new String[] {"--input-dir", folder.toString(), "--checkpoint", folder.resolve("c").toString(), "--state", "memory"},
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected hashmap, rocksdb, forst, hdfs or rdd, got 'memory'").hasLineCount(1);
    }
}
