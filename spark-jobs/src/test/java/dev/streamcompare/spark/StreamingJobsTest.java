package dev.streamcompare.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.SocketOptions;
import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.StatefulSocketOptions;
import dev.streamcompare.common.Variant;
import org.junit.jupiter.api.Test;

class StreamingJobsTest {

    @Test
    void aSocketJobOnOneLocalCoreIsRefusedBecauseItsReceiverHoldsIt() {
        SocketOptions options = new SocketOptions();
        options.port = 9999;
        options.batchSeconds = 2;
        options.cores = 1;
        assertThatThrownBy(() -> StreamingJobs.context("SocketWordCount", options, true))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--cores 1: a Spark socket job needs at least 2, its receiver holds one");
    }

    @Test
    void batchesUnder100MillisecondsAreRefusedWithTheReceiversBlockInterval() {
        SocketOptions options = new SocketOptions();
        options.batchMs = 50;
        assertThatThrownBy(() -> StreamingJobs.context("SocketWordCount", options, true))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("a batch interval of 50 ms is below this engine's least, 100 ms: a receiver cuts its input");
    }

    @Test
    void flinksOwnSettingsAreRefusedInOneLine() {
        SocketOptions perRecord = new SocketOptions();
        perRecord.variant = Variant.PER_RECORD;
        assertThatThrownBy(() -> StreamingJobs.context("StatefulSocketWordCount", perRecord, true))
                .isInstanceOf(BadInputException.class).hasMessageContaining("per-record is Flink's alone");
        SocketOptions buffer = new SocketOptions();
        buffer.bufferMs = 5;
        assertThatThrownBy(() -> StreamingJobs.context("SocketWordCount", buffer, true))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--buffer-ms is Flink's network buffer timeout");
    }

    /** DStreams keeps its state one way, and has no transformWithState: both refused before a checkpoint folder is claimed. */
    @Test
    void otherStateBackendsAndStructuredStreamingsVariantAreRefusedInOneLine() {
        StatefulSocketOptions rocks = new StatefulSocketOptions();
        rocks.state.given(StateBackend.ROCKSDB);
        assertThatThrownBy(() -> StreamingJobs.state(rocks, rocks.state)).isInstanceOf(BadInputException.class)
                .hasMessage("--state rocksdb is not a state backend of Spark DStreams; it has rdd");
        StatefulSocketOptions tws = new StatefulSocketOptions();
        tws.variant = Variant.TRANSFORM_WITH_STATE;
        assertThatThrownBy(() -> StreamingJobs.state(tws, tws.state)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("transform-with-state is Structured Streaming's transformWithState");
        assertThat(StreamingJobs.state(new StatefulSocketOptions(), new StatefulSocketOptions().state)).isEqualTo(StateBackend.RDD);
    }
}
