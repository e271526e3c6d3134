package dev.streamcompare.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JobCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int parse(String... args) {
        return JobCli.parse("BatchWordCount", new BatchOptions(), args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingInputFileIsOneLineAndExitCode2() {
        assertThat(parse("--input", "no/such/file.txt")).isEqualTo(2);
        assertThat(errText()).isEqualTo("BatchWordCount: error: input file not found: no/such/file.txt (see --help)" + System.lineSeparator());
    }

    @Test
    void aFolderGivenAsTheInputFileIsOneLineAndExitCode2() {
        assertThat(parse("--input", ".")).isEqualTo(2);
        assertThat(errText()).isEqualTo("BatchWordCount: error: input is not a regular file: . (see --help)" + System.lineSeparator());
    }

    /**
     * Unreadable by permissions: refused the same way, in one line. Root reads every file, so this
     * can only be checked when the tests do not run as root; a file without read permission is
     * then refused before any engine starts.
     */
    @Test
    void anUnreadableInputFileIsOneLineAndExitCode2() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("unreadable", ".txt");
        try {
            boolean restricted = file.toFile().setReadable(false, false) && !java.nio.file.Files.isReadable(file);
            int exit = parse("--input", file.toString());
            if (restricted) {
                assertThat(exit).isEqualTo(2);
                assertThat(errText()).isEqualTo("BatchWordCount: error: input file not readable: " + file + " (see --help)"
                        + System.lineSeparator());
            } else {
                assertThat(exit).as("root: the file is readable after all").isEqualTo(-1);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void badOptionValuesAreOneLineAndExitCode2() {
        assertThat(parse("--input", ProjectHome.seedText().toString(), "--top", "0")).isEqualTo(2);
        assertThat(errText()).contains("--top must be at least 1").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void unknownOptionIsExitCode2() {
        assertThat(parse("--input", "x", "--frobnicate")).isEqualTo(2);
        assertThat(errText()).contains("Unknown option: '--frobnicate'").hasLineCount(1);
    }

    @Test
    void helpPrintsEveryOptionAndExitCode0() {
        assertThat(parse("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--input=FILE", "--top=N");
    }

    @Test
    void validOptionsLetTheJobGoOn() {
        BatchOptions options = new BatchOptions();
        int exit = JobCli.parse("BatchWordCount", options, new String[] {"--input", ProjectHome.seedText().toString(), "--top", "3"},
                System.out, System.err);
        assertThat(exit).isEqualTo(-1);
        assertThat(options.top).isEqualTo(3);
    }

    @Test
    void failureOfTheJobIsOneLineWithTheRootCause() {
        int exit = JobCli.run("Job", () -> {
            throw new IllegalStateException("outer", new java.io.IOException("disk on fire"));
        }, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(errText()).isEqualTo("Job: failed: IOException: disk on fire" + System.lineSeparator());
    }
}
