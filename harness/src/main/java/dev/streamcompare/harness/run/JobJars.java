package dev.streamcompare.harness.run;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an engine's packaged jobs are: the cluster jar (engine provided) and, beside it, the
 * runtime classpath that holds the engine for an embedded run (written by the build into
 * {@code target/classpath.txt}).
 */
public record JobJars(Path jar, String engineClasspath) {

    /** The jars of {@code engine} in the checkout at {@code home}, built by {@code ./mvnw package}. */
    public static JobJars of(Path home, Engine engine, BuildInfo build) {
        Path target = home.resolve(engine.module()).resolve("target");
        Path jar = target.resolve(engine.module() + "-" + build.version() + ".jar");
        Path classpath = target.resolve("classpath.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath)) {
            throw new BadInputException(engine + " jobs are not built (" + home.relativize(jar)
                    + " missing): run ./mvnw -B -DskipTests package, or ./compare.sh, which builds first");
        }
        try {
            return new JobJars(jar, Files.readString(classpath, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job jar first, then the engine. */
    public String classpath() {
        return engineClasspath.isEmpty() ? jar.toString() : jar + java.io.File.pathSeparator + engineClasspath;
    }
}
