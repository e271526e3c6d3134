package dev.streamcompare.harness.cli;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.StopSignals;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.run.JobJars;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run <engine> <job> [job options]}: one job on an embedded engine, in a JVM of its own. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs one job on an embedded engine (Flink's local MiniCluster, Spark local[*]) in a child JVM, "
                    + "streams its console output and exits with its exit code. Ctrl-C stops the job cleanly.",
            "Everything after <job> goes to the job; options of run itself (--verbose) come before <engine>. Examples:",
            "  ./compare.sh run flink batch --input data/Ulysses.txt --top 5",
            "  ./compare.sh run --verbose spark batch --input data/Ulysses.txt",
            "  ./compare.sh run spark batch --help"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Show the engine's logs (INFO) and stack traces.")
    boolean verbose;

    @Mixin
    JobTarget target = new JobTarget();

    @Override
    public Integer call() throws Exception {
        Path home = ProjectHome.locate();
        BuildInfo build = BuildInfo.load();
        JobJars jars = JobJars.of(home, target.engine, build);
        List<String> command = ChildJvm.command(target.engine, build, jars, target.engine.mainClass(target.job), target.jobOptions, verbose);
        try (ChildJvm child = ChildJvm.start(command, ChildJvm.environment(target.engine), Path.of("").toAbsolutePath(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
             // Ctrl-C reaches the child too; either way the child stops cleanly and its exit code is ours.
             StopSignals signals = StopSignals.onStop("compare.sh run", child::stop)) {
            return child.waitFor();
        }
    }
}
