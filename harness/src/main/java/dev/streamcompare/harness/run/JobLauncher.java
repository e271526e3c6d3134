package dev.streamcompare.harness.run;

import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** How the comparison starts a job's child JVM; tests put a job of their own in its place. */
public interface JobLauncher {

    /** The command line of {@code job} on {@code engine} with {@code args}. */
    List<String> command(Engine engine, Job job, List<String> args, List<String> jvmOptions);

    /** Environment variables of that child. */
    default Map<String, String> environment(Engine engine) {
        return ChildJvm.environment(engine);
    }

    /**
     * The processes a run of {@code engine} is charged with besides the child's tree: a local
     * cluster's, from its pid files; empty for embedded runs; null when they cannot be measured.
     */
    default List<ProcessHandle> clusterProcesses(Engine engine) {
        return List.of();
    }

    /**
     * How long a job may take to stop after SIGTERM before it is killed, which fails its run:
     * {@link ChildJvm#STOP_GRACE} for the engines; a test's job, with nothing to drain, may take less.
     */
    default Duration stopGrace() {
        return ChildJvm.STOP_GRACE;
    }

    /** What the report records of where {@code engine}'s jobs ran, beyond the embedded settings. */
    default Map<String, Object> describe(Engine engine) {
        return Map.of();
    }

    /**
     * The command line of the peer, Flink's own {@code SocketWindowWordCount} ({@link Peer}), with {@code args};
     * null when this launcher runs none (a job of a test's, Flink on a cluster).
     */
    default List<String> peerCommand(List<String> args, List<String> jvmOptions) {
        return null;
    }

    /** The packaged jobs of the checkout at {@code home}, as ./compare.sh run starts them, and the peer beside them. */
    static JobLauncher packaged(Path home, BuildInfo build, boolean verbose) {
        return new JobLauncher() {
            @Override
            public List<String> command(Engine engine, Job job, List<String> args, List<String> jvmOptions) {
                return ChildJvm.command(engine, build, JobJars.of(home, engine, build), engine.mainClass(job), args, verbose,
                        jvmOptions);
            }

            @Override
            public List<String> peerCommand(List<String> args, List<String> jvmOptions) {
                return PeerCommand.command(home, build, verbose, args, jvmOptions);
            }
        };
    }
}
