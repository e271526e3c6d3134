package dev.streamcompare.harness.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The commit of the checkout a comparison runs from, for the report: {@code git rev-parse HEAD},
 * with {@code -dirty} when {@code git status --porcelain} lists a change. Each git command is bounded
 * in time; no git, no checkout, or no answer in time gives null, never a wait.
 */
final class GitCommit {

    /** How long each git command may take: a status of the checkout takes well under a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** What {@code git status} adds to the commit when the checkout has changes. */
    static final String DIRTY = "-dirty";

    private GitCommit() {}

    /** The commit of the checkout at {@code home}, {@code -dirty} when it has changes; null when there is none to say. */
    static String of(Path home) {
        return of(home, TIMEOUT);
    }

    static String of(Path home, Duration timeout) {
        String head = git(home, timeout, "rev-parse", "HEAD");
        if (head == null || !head.strip().matches("[0-9a-f]{40,64}")) {
            return null;
        }
        String status = git(home, timeout, "status", "--porcelain");
        return status == null ? null : head.strip() + (status.isBlank() ? "" : DIRTY);
    }

    /** What {@code git ARGS} printed in {@code folder}, or null if it failed, or did not end within {@code timeout}. */
    private static String git(Path folder, Duration timeout, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // A status only looks: it must not take the index's lock from a git command of the user's.
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException noGit) {
            return null;
        }
        // Read while it runs: a long status must not fill the pipe and hold the process up.
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return null;
            }
            return out.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
