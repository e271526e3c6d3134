package dev.streamcompare.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDropperTest {

    @TempDir
    Path folder;

    @Test
    void splitsIntoWholeLinesAndMovesEveryPartIn() throws Exception {
        Path seed = ProjectHome.seedText();
        Path watched = folder.resolve("watched");
        List<Path> dropped = FileDropper.drop(seed, watched, 7, 0);

        assertThat(dropped).hasSize(7).allSatisfy(file -> {
            assertThat(file.getParent()).isEqualTo(watched);
            assertThat(file.getFileName().toString()).doesNotStartWith(".").doesNotStartWith("_");
        });
        List<String> lines = new ArrayList<>();
        for (Path file : dropped) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        assertThat(lines).isEqualTo(Files.readAllLines(seed, StandardCharsets.UTF_8));
        try (var left = Files.list(folder)) {
            assertThat(left).as("staging folder removed").containsExactly(watched);
        }
    }

    @Test
    void aSecondDropDoesNotOverwriteTheFirst() throws Exception {
        Path input = Files.writeString(folder.resolve("in.txt"), "a b\nc\n");
        Path watched = folder.resolve("w");
        FileDropper.drop(input, watched, 1, 0);
        FileDropper.drop(input, watched, 1, 0);
        try (var files = Files.list(watched)) {
            assertThat(files).hasSize(2);
        }
    }
}
