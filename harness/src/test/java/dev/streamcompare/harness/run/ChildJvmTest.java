package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    private final BuildInfo build = BuildInfo.load();
    private final JobJars jars = new JobJars(Path.of("/x/job.jar"), "/x/engine.jar");

    @Test
    void sparkChildrenGetSparkSubmitsAddOpensAndLoopback() {
        List<String> command = ChildJvm.command(Engine.SPARK, build, jars, "Main", List.of("--input", "f"), false);
        assertThat(command).contains("-Dfile.encoding=UTF-8", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true");
        assertThat(command).endsWith("-cp", "/x/job.jar:/x/engine.jar", "Main", "--input", "f");
        assertThat(ChildJvm.environment(Engine.SPARK)).containsEntry("SPARK_LOCAL_IP", "127.0.0.1");
    }

    @Test
    void sparkStructuredChildrenGetWhatSparkChildrenGet() {
        assertThat(ChildJvm.command(Engine.SPARK_STRUCTURED, build, jars, "Main", List.of(), false))
                .isEqualTo(ChildJvm.command(Engine.SPARK, build, jars, "Main", List.of(), false));
        assertThat(ChildJvm.environment(Engine.SPARK_STRUCTURED)).isEqualTo(ChildJvm.environment(Engine.SPARK));
        assertThat(Engine.SPARK_STRUCTURED.mainClass(Job.SOCKET)).isEqualTo("dev.streamcompare.structured.SocketWordCount");
    }

    @Test
    void flinkChildrenGetUtf8AndNoSparkFlags() {
        List<String> command = ChildJvm.command(Engine.FLINK, build, jars, "Main", List.of(), false);
        assertThat(command).contains("-Dfile.encoding=UTF-8").noneMatch(arg -> arg.startsWith("--add-opens"));
        assertThat(ChildJvm.environment(Engine.FLINK)).isEmpty();
    }

    @Test
    void verboseRaisesTheEngineLogLevel() {
        assertThat(ChildJvm.command(Engine.FLINK, build, jars, "Main", List.of(), true)).contains("-Dstreamcompare.log.level=INFO");
        assertThat(ChildJvm.command(Engine.FLINK, build, jars, "Main", List.of(), false)).noneMatch(arg -> arg.contains("log.level"));
    }
}
