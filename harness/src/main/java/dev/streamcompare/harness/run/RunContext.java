package dev.streamcompare.harness.run;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the runs of one invocation happen and how their JVMs start: the settings, the launcher,
 * the report folder (logs, profiles) and the work folder (inputs, outputs, checkpoints).
 */
public final class RunContext {

    private final RunSettings settings;
    private final JobLauncher launcher;
    private final Path reportFolder;
    private final Path workFolder;
    private final List<String> jvmOptions;
    private final CpuPinning pinning;
    private final KafkaBroker kafka;
    private final int kafkaPartitions;

    /**
     * The engines' own temp files (Flink unpacks a 24 MB RPC jar per JVM) go with the work folder;
     * every child runs on the CPUs of {@link CpuPinning} for the settings' cores.
     */
    public RunContext(RunSettings settings, JobLauncher launcher, Path reportFolder, Path workFolder) throws IOException {
        this(settings, launcher, reportFolder, workFolder, CpuPinning.of(settings.cores()));
    }

    /** The same, every child on the CPUs of {@code pinning}. */
    RunContext(RunSettings settings, JobLauncher launcher, Path reportFolder, Path workFolder, CpuPinning pinning) throws IOException {
        this(settings, launcher, reportFolder, workFolder, pinning, null, 0);
    }

    private RunContext(RunSettings settings, JobLauncher launcher, Path reportFolder, Path workFolder, CpuPinning pinning,
                       KafkaBroker kafka, int kafkaPartitions) throws IOException {
        this.kafka = kafka;
        this.kafkaPartitions = kafkaPartitions;
        this.settings = settings;
        this.launcher = launcher;
        this.reportFolder = reportFolder;
        this.workFolder = workFolder;
        this.pinning = pinning;
        List<String> options = new ArrayList<>(settings.jvmOptions());
        options.addAll(pinning.jvmOptions());
        options.add("-Djava.io.tmpdir=" + Files.createDirectories(workFolder.resolve("tmp")));
        this.jvmOptions = List.copyOf(options);
    }

    /** The same context with other settings (the scaling runs' core counts) and work folder. */
    public RunContext with(RunSettings other, Path otherWorkFolder) throws IOException {
        return new RunContext(other, launcher, reportFolder, otherWorkFolder, CpuPinning.of(other.cores()), kafka, kafkaPartitions);
    }

    /** The same context with the Kafka broker the Kafka jobs read from, and the partitions of each run's topic. */
    public RunContext withKafka(KafkaBroker broker, int partitions) throws IOException {
        return new RunContext(settings, launcher, reportFolder, workFolder, pinning, broker, partitions);
    }

    /** Partitions of each Kafka run's topic. */
    public int kafkaPartitions() {
        return kafkaPartitions;
    }

    /**
     * The Kafka topic of run {@code name}: unique to the invocation (its work folder's name, made
     * afresh for each) and to the run, so that a broker given with {@code --bootstrap} can serve
     * many invocations; Kafka allows letters, digits, '.', '_' and '-'.
     */
    public String topic(String name) {
        return (workFolder.getFileName() + "-" + name).replaceAll("[^a-zA-Z0-9._-]", "_");
    }

    /** The broker of the Kafka jobs; a {@link IllegalStateException} when the invocation has none (no Kafka job asked for). */
    public KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("no Kafka broker: the invocation asked for no Kafka job");
        }
        return kafka;
    }

    public RunSettings settings() {
        return settings;
    }

    public JobLauncher launcher() {
        return launcher;
    }

    public Path reportFolder() {
        return reportFolder;
    }

    public Path workFolder() {
        return workFolder;
    }

    /** The CPUs every child runs on. */
    public CpuPinning pinning() {
        return pinning;
    }

    /** The JVM options of every child: the settings', the pinning's, and a temp folder inside the work folder. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Starts {@code job} on {@code engine} with {@code args}, as the run {@code name}, its stdout to {@code stdout}. */
    public RunningJob start(String name, Engine engine, Job job, JobArgs args, List<String> extraOptions, Consumer<String> stdout)
            throws IOException {
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(extraOptions);
        return new RunningJob(new MonitoredChild(reportFolder, workFolder, name, launcher.command(engine, job, args.toList(), options),
                launcher.environment(engine), stdout, launcher.clusterProcesses(engine), pinning), settings.timeout(), launcher.stopGrace());
    }

    /** Starts a JVM of the harness's own classes ({@code mainClass} with {@code args}), as the run {@code name}. */
    public RunningJob startHarnessChild(String name, Class<?> mainClass, Consumer<String> stdout, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ChildJvm.javaExecutable(), "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ChildJvm.harnessClasspath(), mainClass.getName()));
        command.addAll(List.of(args));
        return new RunningJob(new MonitoredChild(reportFolder, workFolder, name, command, Map.of(), stdout, List.of(), pinning),
                settings.timeout(),
                ChildJvm.STOP_GRACE);
    }

    /** Starts {@code command} (the peer's) as the run {@code name}, its stdout to {@code stdout}. */
    public RunningJob startCommand(String name, List<String> command, Map<String, String> env, Consumer<String> stdout)
            throws IOException {
        return new RunningJob(new MonitoredChild(reportFolder, workFolder, name, command, env, stdout, List.of(), pinning),
                settings.timeout(),
                ChildJvm.STOP_GRACE);
    }
}
