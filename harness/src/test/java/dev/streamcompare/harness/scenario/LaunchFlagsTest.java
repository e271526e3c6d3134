package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.run.JobLauncher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's JVM flags: options only, as the launcher starts each engine's jobs, the invocation's folders named. */
class LaunchFlagsTest {

    private static final Path HOME = Path.of("/checkouts/streamcompare");
    private static final Path WORK = Path.of("/tmp/streamcompare-123");

    /** Starts every job as the packaged launcher does: java, the options, the engine's own, the class path, the class. */
    private static final JobLauncher LAUNCHER = (engine, job, args, jvmOptions) -> {
        if (engine == Engine.SPARK_STRUCTURED) {
            throw new IllegalStateException("not built");
        }
        List<String> command = new ArrayList<>(List.of("/usr/lib/jvm/bin/java", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(engine == Engine.SPARK ? List.of("--add-opens=java.base/java.lang=ALL-UNNAMED") : List.of());
        command.addAll(List.of("-cp", HOME + "/flink-jobs/target/flink-jobs.jar", engine.mainClass(job)));
        command.addAll(args);
        return command;
    };

    @Test
    void aJavaCommandsOptionsEndAtItsClassPath() {
        assertThat(LaunchFlags.options(List.of("java", "-Xmx2g", "-XX:+AlwaysPreTouch", "-cp", "a.jar", "Main", "--rate", "5")))
                .containsExactly("-Xmx2g", "-XX:+AlwaysPreTouch");
        assertThat(LaunchFlags.options(List.of("java", "-Dx=1", "-jar", "h.jar", "-v"))).containsExactly("-Dx=1");
        assertThat(LaunchFlags.options(List.of("java", "Main"))).isEmpty();
        assertThat(LaunchFlags.options(List.of())).isEmpty();
    }

    @Test
    void eachEnginesJobFlagsAreTheLaunchersWithTheFoldersNamed() {
        Report.JvmFlags flags = LaunchFlags.of(LAUNCHER, List.of(Engine.FLINK, Engine.SPARK, Engine.SPARK_STRUCTURED),
                List.of("-Xmx2g", "-Xms2g", "-Djava.io.tmpdir=" + WORK.resolve("tmp")), HOME, WORK);

        assertThat(flags.jobs()).containsOnlyKeys("flink", "spark");
        assertThat(flags.jobs().get("flink")).containsExactly("-Dfile.encoding=UTF-8", "-Xmx2g", "-Xms2g", "-Djava.io.tmpdir=<work>/tmp");
        assertThat(flags.jobs().get("spark")).endsWith("--add-opens=java.base/java.lang=ALL-UNNAMED");
        assertThat(flags.harness()).isNotNull();
    }

    @Test
    void theWorkFolderIsNamedBeforeTheCheckoutItMayLieIn() {
        Path inside = HOME.resolve("target/work");

        assertThat(LaunchFlags.named(List.of("-Djava.io.tmpdir=" + inside + "/tmp", "-Dstreamcompare.home=" + HOME),
                java.util.Map.of(inside.toString(), "<work>"))).containsExactly("-Djava.io.tmpdir=<work>/tmp",
                "-Dstreamcompare.home=" + HOME);
        Report.JvmFlags flags = LaunchFlags.of(LAUNCHER, List.of(Engine.FLINK), List.of("-Djava.io.tmpdir=" + inside + "/tmp"), HOME,
                inside);
        assertThat(flags.jobs().get("flink")).contains("-Djava.io.tmpdir=<work>/tmp");
    }
}
