package dev.streamcompare.structured;

import dev.streamcompare.common.JobArgs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A job's {@code main} in a child JVM on the test classpath, as the packaged job runs, for what
 * only another process can show: SIGKILL and SIGTERM. Its output goes to a file; closing kills
 * it if it still runs.
 */
final class JobJvm implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JobJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static JobJvm start(Class<?> job, Path log, JobArgs args) throws IOException {
        return startWithCharset(job, log, "UTF-8", args);
    }

    /** The same, with {@code charset} as the platform charset. */
    static JobJvm startWithCharset(Class<?> job, Path log, String charset, JobArgs args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=" + charset);
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        // The spark-submit --add-opens set, handed over by the build (surefire's systemPropertyVariables).
        command.addAll(Arrays.asList(System.getProperty("spark.java.options", "").trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), job.getName()));
        command.addAll(args.toList());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return new JobJvm(builder.start(), log);
    }

    /** SIGKILL: no signal handler, no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The exit code, or -1 if it is still running after {@code seconds}. */
    int waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** SIGTERM, then the exit code, or -1 if it is still running after {@code seconds}. */
    int stop(long seconds) throws InterruptedException {
        process.destroy();
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
