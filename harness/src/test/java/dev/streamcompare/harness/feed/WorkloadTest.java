package dev.streamcompare.harness.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.WordCounter;
import dev.streamcompare.harness.output.BatchWatcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input as the feeds send it: the seed × N in pieces, each with a sentinel word of its own, the same bytes every way. */
class WorkloadTest {

    /** Three lines, the last without its newline. */
    private static final String SEED = "the cat\nsat on the mat\nthe end";

    @TempDir
    Path temp;

    private Path seed() throws IOException {
        return Files.writeString(temp.resolve("seed.txt"), SEED, StandardCharsets.UTF_8);
    }

    private static String piece(Workload workload, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workload.writePiece(piece, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachCopyOfTheSeedIsAPieceStartingWithItsOwnSentinel() throws IOException {
        Workload workload = Workload.prepare(seed(), 5, temp.resolve("in/input.txt"));

        assertThat(workload.pieces()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(piece(workload, i)).isEqualTo("streamcompare-piece-max-rate-" + i + "\nthe cat\nsat on the mat\nthe end\n");
        }
    }

    @Test
    void aSeedRepeatedFewerThanFourTimesIsCutIntoFourPiecesOfWholeLines() throws IOException {
        Workload workload = Workload.prepare(seed(), 2, temp.resolve("in/input.txt"));

        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < workload.pieces(); i++) {
            pieces.add(piece(workload, i));
        }

        assertThat(pieces).containsExactly("streamcompare-piece-max-rate-0\nthe cat\n",
                "streamcompare-piece-max-rate-1\nsat on the mat\nthe end\n",
                "streamcompare-piece-max-rate-2\nthe cat\n",
                "streamcompare-piece-max-rate-3\nsat on the mat\nthe end\n");
    }

    @Test
    void theFileTheSocketStreamAndThePiecesAreTheSameBytes() throws Exception {
        Workload workload = Workload.prepare(seed(), 6, temp.resolve("in/input.txt"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        workload.writeTo(stream);
        StringBuilder pieces = new StringBuilder();
        for (int i = 0; i < workload.pieces(); i++) {
            pieces.append(piece(workload, i));
        }

        byte[] file = Files.readAllBytes(workload.input());
        assertThat(stream.toByteArray()).isEqualTo(file);
        assertThat(pieces.toString()).isEqualTo(new String(file, StandardCharsets.UTF_8));
        assertThat(workload.size()).isEqualTo(file.length);
        assertThat(workload.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
    }

    @Test
    void theExpectedCountsAreTheReferenceCountersOfTheFileAsWritten() throws IOException {
        Workload workload = Workload.prepare(seed(), 7, temp.resolve("in/input.txt"));

        WordCounter written = WordCounter.countFile(workload.input());
        assertThat(workload.counts()).isEqualTo(written.toMap()).containsEntry("the", 21L).containsEntry("streamcompare-piece-max-rate-6", 1L);
        assertThat(workload.words()).isEqualTo(written.total()).isEqualTo(7 * 8 + 7);
        assertThat(workload.lines()).isEqualTo(Files.readAllLines(workload.input()).size()).isEqualTo(7 * 3 + 7);
        assertThat(workload.top(1)).extracting(w -> w.word() + " " + w.count()).containsExactly("the 21");
    }

    @Test
    void theWarmUpsSentinelsAreASeriesOfTheirOwn() throws IOException {
        Workload maxRate = Workload.prepare(seed(), 4, temp.resolve("in/input.txt"));
        Workload warmUp = Workload.prepareWarmUp(seed(), 4, temp.resolve("in/warm-up.txt"));

        assertThat(warmUp.counts().keySet()).filteredOn(w -> w.startsWith("streamcompare-piece-"))
                .containsExactlyInAnyOrder("streamcompare-piece-warm-up-0", "streamcompare-piece-warm-up-1",
                        "streamcompare-piece-warm-up-2", "streamcompare-piece-warm-up-3")
                .doesNotContainAnyElementsOf(maxRate.counts().keySet());
    }

    @Test
    void theFileFeedMovesInAFileOfWholePiecesEachWithSentinelsNoOtherHas() throws Exception {
        Workload workload = Workload.prepare(seed(), 6, temp.resolve("in/input.txt"));
        Path folder = temp.resolve("watched");

        List<String> files = new ArrayList<>();
        try (BatchWatcher watcher = new BatchWatcher(temp.resolve("out"), false); FileFeed feed = new FileFeed(folder, watcher, 3)) {
            feed.sendAtMaxRate(workload);
            try (Stream<Path> moved = Files.list(folder)) {
                for (Path file : moved.sorted().toList()) {
                    files.add(file.getFileName() + ": " + Files.readString(file).replace("the cat\nsat on the mat\nthe end\n", "(seed) "));
                }
            }
        }

        assertThat(files).containsExactly(
                "max-rate-00001.txt: streamcompare-piece-max-rate-0\n(seed) streamcompare-piece-max-rate-1\n(seed) ",
                "max-rate-00002.txt: streamcompare-piece-max-rate-2\n(seed) streamcompare-piece-max-rate-3\n(seed) ",
                "max-rate-00003.txt: streamcompare-piece-max-rate-4\n(seed) streamcompare-piece-max-rate-5\n(seed) ");
        assertThat(folder).as("the feed empties its folder when it closes").doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left").noneMatch(name -> name.contains("staging"));
        }
    }
}
