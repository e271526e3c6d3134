package dev.streamcompare.harness.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch polled by hand: each poll is one look at the folder. */
class CheckpointWatchTest {

    private static final long BATCH = 2_000;

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
    void aFlinkCheckpointBeganNoLaterThanThePollBeforeItsFolderWasSeen() throws Exception {
        try (CheckpointWatch watch = new CheckpointWatch(folder, false)) {
            watch.poll();
            long beforeTrigger = System.currentTimeMillis();
            Files.createDirectories(folder.resolve("job/chk-7"));
            watch.poll();
            file("job/chk-7/_metadata", 9_000_000_000_000L);
            watch.poll();

            assertThat(watch.completions()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo(Path.of("job", "chk-7", "_metadata").toString());
                assertThat(c.completedMillis()).isEqualTo(9_000_000_000_000L);
                assertThat(c.beganMillis()).isLessThanOrEqualTo(beforeTrigger);
                assertThat(c.holdsReadsBefore(BATCH)).isEqualTo(c.beganMillis());
            });
        }
    }

    @Test
    void aDStreamsCheckpointIsNamedForItsBatchAndMayHoldOnlyTheBatchBefore() throws Exception {
        try (CheckpointWatch watch = new CheckpointWatch(folder, false)) {
            file("checkpoint-1700000002000", 1_700_000_002_050L);
            watch.poll();
            file("checkpoint-1700000002000", 1_700_000_002_900L); // written again when the batch ended
            file("checkpoint-1700000002000.bk", 1_700_000_002_900L);
            watch.poll();
            watch.poll();

            assertThat(watch.completions()).extracting(CheckpointWatch.Completion::completedMillis)
                    .containsExactly(1_700_000_002_050L, 1_700_000_002_900L);
            assertThat(watch.completions()).allSatisfy(c -> {
                assertThat(c.beganMillis()).isEqualTo(1_700_000_002_000L);
                assertThat(c.holdsReadsBefore(BATCH)).isEqualTo(1_700_000_000_000L);
            });
        }
    }

    @Test
    void aStructuredStreamingCommitBeganWhenItsMicroBatchWasPlanned() throws Exception {
        try (CheckpointWatch watch = new CheckpointWatch(folder, false)) {
            file("offsets/3", 5_000_000L);
            file("commits/3", 5_000_700L);
            file("offsets/4", 5_002_000L); // planned, not done
            watch.poll();

            assertThat(watch.completions()).containsExactly(new CheckpointWatch.Completion(Path.of("commits", "3").toString(),
                    5_000_000L, 5_000_700L));
        }
    }

    @Test
    void theNewestBeforeAMomentIsTheOneTheJobWouldRestore() throws Exception {
        try (CheckpointWatch watch = new CheckpointWatch(folder, false)) {
            file("commits/0", 1_000L);
            file("commits/1", 3_000L);
            file("commits/2", 5_000L);
            watch.poll();

            assertThat(watch.newestBefore(4_000L)).map(CheckpointWatch.Completion::completedMillis).contains(3_000L);
            assertThat(watch.newestBefore(1_000L)).isEmpty();
        }
    }

    @Test
    void aFolderDeletedAndMadeAgainKeepsWhatWasSeen() throws Exception {
        try (CheckpointWatch watch = new CheckpointWatch(folder.resolve("checkpoint"), false)) {
            watch.poll();
            file("checkpoint/commits/0", 1_000L);
            watch.poll();
            Files.delete(folder.resolve("checkpoint/commits/0"));
            watch.poll();
            file("checkpoint/commits/0", 2_000L);
            watch.poll();

            assertThat(watch.completions()).extracting(CheckpointWatch.Completion::completedMillis).containsExactly(1_000L, 2_000L);
        }
    }
}
