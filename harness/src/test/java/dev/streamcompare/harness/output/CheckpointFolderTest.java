package dev.streamcompare.harness.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFolderTest {

    @TempDir
    Path folder;

    private Path file(String relative, long millis) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
        return file;
    }

    @Test
    void flinkCompletesACheckpointWithItsMetadataFile() throws Exception {
        file("abc/chk-1/_metadata", 1_000_000L);
        file("abc/chk-2/state-of-an-unfinished-one", 9_000_000L);

        assertThat(CheckpointFolder.newestMillis(folder)).isEqualTo(1_000_000L);
    }

    @Test
    void dstreamsCompleteACheckpointWithACheckpointFileNamedForTheBatchTime() throws Exception {
        file("checkpoint-1700000002000", 2_000_000L);
        file("receivedBlockMetadata/log-1", 9_000_000L);

        assertThat(CheckpointFolder.newestMillis(folder)).isEqualTo(2_000_000L);
    }

    @Test
    void structuredStreamingCompletesAMicroBatchWithItsCommitLogEntry() throws Exception {
        file("commits/0", 3_000_000L);
        file("commits/1", 4_000_000L);
        file("offsets/2", 9_000_000L); // planned, not done
        file("commits/.1.crc", 9_000_000L);

        assertThat(CheckpointFolder.newestMillis(folder)).isEqualTo(4_000_000L);
    }

    @Test
    void noFolderOrNoCompletedCheckpointIsZero() throws Exception {
        assertThat(CheckpointFolder.newestMillis(folder.resolve("missing"))).isZero();
        file("offsets/0", 5_000_000L);
        assertThat(CheckpointFolder.newestMillis(folder)).isZero();
    }
}
