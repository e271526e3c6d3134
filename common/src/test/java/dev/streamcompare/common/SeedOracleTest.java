package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed oracle of the seed's word counts ({@code data/Ulysses.counts.tsv}, made by
 * {@code data/count-words.py} with Python's {@code str.split()}) against the reference counter,
 * the script that made it, and the shared copy it was first taken from.
 */
class SeedOracleTest {

    @Test
    void everyCountOfTheReferenceCounterEqualsTheCommittedPythonOracle() throws IOException {
        assertThat(WordCounter.countFile(ProjectHome.seedText()).toMap()).isEqualTo(BatchFiles.read(ProjectHome.seedOracle()));
    }

    @Test
    void theOracleHoldsTheSeedsWordsInCodePointOrder() throws IOException {
        List<String> lines = Files.readAllLines(ProjectHome.seedOracle());
        List<String> words = lines.stream().map(line -> line.substring(0, line.lastIndexOf('\t'))).toList();
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(WordOrder.WORDS);

        assertThat(words).isEqualTo(sorted).doesNotHaveDuplicates().hasSize(50_106);
        assertThat(lines.stream().mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf('\t') + 1))).sum())
                .isEqualTo(267_976);
    }

    @Test
    void countWordsPyMakesTheCommittedOracleByteForByte(@TempDir Path folder) throws Exception {
        assumeTrue(python3Runs(), "python3 is not on the PATH");
        Path home = ProjectHome.locate();
        Path made = folder.resolve("counts.tsv");
        Process python = new ProcessBuilder("python3", home.resolve("data/count-words.py").toString(),
                ProjectHome.seedText().toString()).redirectOutput(made.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).as("count-words.py within 60 s").isTrue();
        assertThat(python.exitValue()).isZero();

        assertThat(Files.mismatch(made, ProjectHome.seedOracle())).as("first differing byte").isEqualTo(-1L);
    }

    /** The shared data the project started from: the oracle it took over must not have drifted from it. */
    @Test
    void theCommittedOracleEqualsTheSharedOneWhenThatIsBesideTheCheckout() throws IOException {
        Path shared = ProjectHome.locate().resolveSibling("shared").resolve(ProjectHome.SEED_ORACLE);
        assumeTrue(Files.isRegularFile(shared), "no shared data beside the checkout");

        assertThat(Files.mismatch(shared, ProjectHome.seedOracle())).as("first differing byte").isEqualTo(-1L);
    }

    private static boolean python3Runs() {
        try {
            Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
