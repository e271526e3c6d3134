package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's commit: HEAD of the checkout, -dirty with changes, null outside a checkout. */
class GitCommitTest {

    @TempDir
    Path folder;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString(), "-c", "user.name=test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    @Test
    void aCleanCheckoutGivesItsHeadAndAChangedOneSaysDirty() throws IOException, InterruptedException {
        git("init", "-q");
        Files.writeString(folder.resolve("a.txt"), "a\n");
        git("add", "a.txt");
        git("commit", "-q", "-m", "first");

        String clean = GitCommit.of(folder);
        Files.writeString(folder.resolve("a.txt"), "b\n");
        String dirty = GitCommit.of(folder);

        assertThat(clean).matches("[0-9a-f]{40}");
        assertThat(dirty).isEqualTo(clean + GitCommit.DIRTY);
    }

    @Test
    void aFolderOutsideAnyCheckoutHasNoCommit() {
        assertThat(GitCommit.of(folder)).isNull();
    }

    @Test
    void aCheckoutWithoutACommitHasNone() throws IOException, InterruptedException {
        git("init", "-q");

        assertThat(GitCommit.of(folder, Duration.ofSeconds(5))).isNull();
    }
}
