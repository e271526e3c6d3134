package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.run.JobLauncher;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JVM flags of a comparison, for the report: the harness's own, and those its launcher starts
 * each engine's jobs with (as it starts them: {@link JobLauncher#command}), folders of the
 * invocation named by what they are, so that two reports' flags compare.
 */
final class LaunchFlags {

    /** What ends a java command's options: the class path or jar, then the main class. */
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path", "-jar");

    private LaunchFlags() {}

    /**
     * The flags of the harness and of {@code engines}' jobs started by {@code launcher} with {@code jvmOptions};
     * {@code home} and {@code work} written {@code <home>} and {@code <work>}.
     */
    static Report.JvmFlags of(JobLauncher launcher, List<Engine> engines, List<String> jvmOptions, Path home, Path work) {
        Map<String, String> folders = new LinkedHashMap<>();
        folders.put(work.toAbsolutePath().toString(), "<work>"); // first: it may lie inside the checkout
        folders.put(home.toAbsolutePath().toString(), "<home>");
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        for (Engine engine : engines) {
            try {
                // The socket job stands for every job: an engine's jobs share their JVM's options.
                jobs.put(engine.toString(), named(options(launcher.command(engine, Job.SOCKET, List.of(), jvmOptions)), folders));
            } catch (RuntimeException noCommand) {
                // a launcher that cannot say (a test's): the report has no flags for the engine
            }
        }
        return new Report.JvmFlags(named(ManagementFactory.getRuntimeMXBean().getInputArguments(), folders), jobs);
    }

    /** The options of a java command line: what comes after the executable and before the class path or main class. */
    static List<String> options(List<String> command) {
        int end = 1;
        while (end < command.size() && command.get(end).startsWith("-") && !CLASS_PATH.contains(command.get(end))) {
            end++;
        }
        return command.size() <= 1 ? List.of() : List.copyOf(command.subList(1, end));
    }

    /** {@code flags} with every folder of {@code folders} written as its name. */
    static List<String> named(List<String> flags, Map<String, String> folders) {
        return flags.stream().map(flag -> {
            String named = flag;
            for (Map.Entry<String, String> folder : folders.entrySet()) {
                named = named.replace(folder.getKey(), folder.getValue());
            }
            return named;
        }).toList();
    }
}
