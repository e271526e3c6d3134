package dev.streamcompare.harness.run;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** How the peer, Flink's own example {@code SocketWindowWordCount}, is started: its jar and its command line. */
public final class PeerCommand {

    /** The example's main class. */
    public static final String MAIN_CLASS = "org.apache.flink.streaming.examples.socket.SocketWindowWordCount";

    private PeerCommand() {}

    /** The example's jar in the checkout at {@code home}, fetched by {@code ./mvnw package} (flink-jobs' pom). */
    public static Path jar(Path home, BuildInfo build) {
        Path jar = home.resolve("flink-jobs/target/peer/flink-examples-streaming-" + build.flinkVersion() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new BadInputException("the peer's jar is missing (" + home.relativize(jar)
                    + "): run ./mvnw -B -DskipTests package, or ./compare.sh, which builds first");
        }
        return jar;
    }

    /** Its command line: the example's jar first, then the Flink jobs' jar (their log configuration) and Flink. */
    public static List<String> command(Path home, BuildInfo build, boolean verbose, List<String> args, List<String> jvmOptions) {
        JobJars flink = JobJars.of(home, Engine.FLINK, build);
        return ChildJvm.command(Engine.FLINK, build, new JobJars(jar(home, build), flink.classpath()), MAIN_CLASS, args,
                verbose, jvmOptions);
    }
}
