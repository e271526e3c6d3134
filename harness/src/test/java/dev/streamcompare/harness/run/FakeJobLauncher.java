package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test only: starts {@link FakeSocketJob} from the test classpath in place of any engine's socket
 * job, with the harness's JVM options ({@code -Xmx}, temp folder) and {@code properties} (the
 * fake's modes) — {@code java … -cp <test classpath> FakeSocketJob <the job's args>}. The fake has
 * nothing to drain when it stops: it gets {@link #STOP_GRACE}, not the engines' 30 s.
 */
public record FakeJobLauncher(Map<String, String> properties) implements JobLauncher {

    /** The fake's grace period after SIGTERM. */
    static final Duration STOP_GRACE = Duration.ofSeconds(3);

    /** The fake job counting right. */
    public static FakeJobLauncher correct() {
        return new FakeJobLauncher(Map.of());
    }

    /** The fake job counting every {@code word} as a misspelt one. */
    public static FakeJobLauncher miscounting(String word) {
        return new FakeJobLauncher(Map.of(FakeSocketJob.MISCOUNT, word));
    }

    /** The fake job publishing its first batch after {@code lines} lines, then exiting 3. */
    public static FakeJobLauncher exitingAfter(int lines) {
        return new FakeJobLauncher(Map.of(FakeSocketJob.EXIT_AFTER_LINES, Integer.toString(lines)));
    }

    /** The fake job counting the piece that starts with {@code sentinel} twice. */
    static FakeJobLauncher doublingPiece(String sentinel) {
        return new FakeJobLauncher(Map.of(FakeSocketJob.DOUBLE_PIECE, sentinel));
    }

    /** The fake job skipping the piece that starts with {@code sentinel}, and counting the one after it twice. */
    static FakeJobLauncher skippingPiece(String sentinel) {
        return new FakeJobLauncher(Map.of(FakeSocketJob.SKIP_PIECE, sentinel));
    }

    /** The fake job publishing what it read once it has read {@code lines} lines (markers aside), then exiting {@code code}. */
    public static FakeJobLauncher exitingAfter(int lines, int code) {
        return new FakeJobLauncher(Map.of(FakeSocketJob.EXIT_AFTER_LINES, Integer.toString(lines),
                FakeSocketJob.EXIT_CODE, Integer.toString(code)));
    }

    /** The fake job counting right, but reading at most {@code linesPerSecond}: the socket pushes back beyond it. */
    public static FakeJobLauncher throttled(int linesPerSecond) {
        return new FakeJobLauncher(Map.of(FakeSocketJob.MAX_LINES_PER_SECOND, Integer.toString(linesPerSecond)));
    }

    /** The fake job counting right but ignoring SIGTERM: only a kill ends it. */
    public static FakeJobLauncher ignoringSigterm() {
        return new FakeJobLauncher(Map.of(FakeSocketJob.IGNORE_SIGTERM, "true"));
    }

    @Override
    public Duration stopGrace() {
        return STOP_GRACE;
    }

    @Override
    public List<String> command(Engine engine, Job job, List<String> args, List<String> jvmOptions) {
        if (job != Job.SOCKET) {
            throw new IllegalArgumentException("the fake job is a socket job, not " + job);
        }
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        // A quick start on a busy machine: nothing here is measured.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-cp", ChildJvm.harnessClasspath(), FakeSocketJob.class.getName()));
        command.addAll(args);
        return command;
    }

    @Override
    public Map<String, String> environment(Engine engine) {
        return Map.of();
    }
}
