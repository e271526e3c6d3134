package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.BatchOutput;
import dev.streamcompare.common.WordCount;
import dev.streamcompare.harness.output.BatchWatcher;
import dev.streamcompare.harness.output.CheckpointWatch;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a file of the kill-and-recover run may be emptied: once only the checkpoint needs its words. */
class FaultFilesTest {

    private static final long BATCH = 2_000;
    private static final long COUNTED = 100_000;

    @TempDir
    Path work;

    private static CheckpointWatch.Completion completedAt(long millis) {
        return new CheckpointWatch.Completion("commits/" + millis, millis - 500, millis);
    }

    @Test
    void twoCheckpointsAfterTheCountTheNewerABatchIntervalLaterHoldTheFile() {
        assertThat(FaultFiles.onlyTheCheckpointNeeds(COUNTED, List.of(completedAt(COUNTED + 300), completedAt(COUNTED + 2_000)), BATCH))
                .isTrue();
    }

    @Test
    void oneCheckpointAfterTheCountIsNotEnough() {
        // Flink's may have been triggered before the file was read to its end.
        assertThat(FaultFiles.onlyTheCheckpointNeeds(COUNTED, List.of(completedAt(COUNTED - 1_000), completedAt(COUNTED + 5_000)), BATCH))
                .isFalse();
    }

    @Test
    void twoCheckpointsWithinABatchIntervalOfTheCountAreNotEnough() {
        // A DStreams checkpoint written as the next batch was generated, then the one of the batch's end.
        assertThat(FaultFiles.onlyTheCheckpointNeeds(COUNTED, List.of(completedAt(COUNTED + 10), completedAt(COUNTED + 40)), BATCH))
                .isFalse();
    }

    @Test
    void aFileIsEmptiedInPlaceOnceItsSentinelIsPublishedAndCheckpointedAndTheOthersAreLeftAlone() throws Exception {
        FaultInput input = FaultInput.of("test", List.of("a b", "c d", "e f"), 3);
        Path in = work.resolve("in");
        Path out = Files.createDirectories(work.resolve("out"));
        Path checkpoint = work.resolve("checkpoint");
        try (BatchWatcher watcher = new BatchWatcher(out, true);
             CheckpointWatch checkpoints = new CheckpointWatch(checkpoint);
             FaultFiles files = FaultFiles.stage(in, input, 100, watcher, checkpoints, BATCH)) {
            files.start();
            awaitTrue(() -> files.movedIn() == 3);
            new BatchOutput(out, 0, new PrintStream(OutputStream.nullOutputStream())).publish(2_000,
                    List.of(new WordCount("a", 1), new WordCount("b", 1), new WordCount(input.sentinel(0), 1)));
            long later = System.currentTimeMillis() + 60_000;
            completion(checkpoint.resolve("commits/0"), later);
            completion(checkpoint.resolve("commits/1"), later + BATCH);

            awaitTrue(() -> files.emptied() == 1);

            assertThat(in.resolve("part-00001.txt")).isEmptyFile();
            assertThat(Files.readAllLines(in.resolve("part-00002.txt"))).containsExactly("c d", input.sentinel(1));
            assertThat(Files.readAllLines(in.resolve("part-00003.txt"))).containsExactly("e f", input.sentinel(2));
            assertThat(files.toCome()).isZero();
        }
    }

    private static void completion(Path file, long millis) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "v1");
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
