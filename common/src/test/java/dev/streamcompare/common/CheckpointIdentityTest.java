package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointIdentityTest {

    @TempDir
    Path folder;

    @Test
    void theSameJobAndOptionsMayResume() {
        CheckpointIdentity.claim(folder.resolve("c"), "flink Stateful batch-seconds=2");
        CheckpointIdentity.claim(folder.resolve("c"), "flink Stateful batch-seconds=2");
        assertThat(folder.resolve("c").resolve(CheckpointIdentity.FILE)).exists();
    }

    @Test
    void anotherJobOrOtherOptionsAreRefusedInOneLine() {
        CheckpointIdentity.claim(folder, "flink Stateful batch-seconds=2");
        assertThatThrownBy(() -> CheckpointIdentity.claim(folder, "flink Stateful batch-seconds=5"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("belongs to 'flink Stateful batch-seconds=2'")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> CheckpointIdentity.claim(folder, "spark Stateful batch-seconds=2"))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void aFolderWithFilesOfSomethingElseIsRefused() throws Exception {
        Files.writeString(folder.resolve("checkpoint-123"), "not ours");
        assertThatThrownBy(() -> CheckpointIdentity.claim(folder, "spark Stateful"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("holds files of something else");
    }
}
