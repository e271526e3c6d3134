package dev.streamcompare.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.SocketOptions;
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
}
