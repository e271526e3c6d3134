package dev.streamcompare.harness.run;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** A packaged job in a child JVM, as ./compare.sh run starts it, with its output kept for asserts. */
final class JobProcess implements AutoCloseable {

    final ChildJvm jvm;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private JobProcess(Engine engine, Job job, List<String> args) throws Exception {
        BuildInfo build = BuildInfo.load();
        JobJars jars = JobJars.of(ProjectHome.locate(), engine, build);
        // The engines' temp files (Flink unpacks a 24 MB RPC jar per JVM) stay in target/, not in /tmp.
        List<String> command = ChildJvm.command(engine, build, jars, engine.mainClass(job), args, false,
                List.of("-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath()));
        jvm = ChildJvm.start(command, ChildJvm.environment(engine), Path.of("").toAbsolutePath(),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static JobProcess start(Engine engine, Job job, String... args) throws Exception {
        return new JobProcess(engine, job, List.of(args));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    @Override
    public void close() {
        jvm.close();
    }
}
