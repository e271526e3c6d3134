package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test only: starts {@link FakeSocketJob} from the test classpath in place of any engine's socket
 * job, with the harness's JVM options ({@code -Xmx}, temp folder) and {@code properties} (the
 * fake's modes) — {@code java … -cp <test classpath> FakeSocketJob <the job's args>}.
 */
public record FakeJobLauncher(Map<String, String> properties) implements JobLauncher {

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
