package dev.streamcompare.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.SocketOptions;
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
}
