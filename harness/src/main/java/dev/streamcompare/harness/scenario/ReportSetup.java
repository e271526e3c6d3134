package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.ExpectationCheck;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.run.CpuPinning;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.RunContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the report says of where its figures come from: the machine, the versions, and each
 * engine's settings (as the jobs ran them, and as a cluster's launcher describes them).
 */
final class ReportSetup {

    private final CompareSettings settings;
    private final JobLauncher launcher;
    private final BuildInfo build;
    private final RunContext context;

    /**
     * The setup of runs made with {@code settings} in {@code context}: by its launcher, every child on the CPUs of
     * its pinning, with its JVM options.
     */
    ReportSetup(CompareSettings settings, BuildInfo build, RunContext context) {
        this.settings = settings;
        this.launcher = context.launcher();
        this.build = build;
        this.context = context;
    }

    /**
     * The report's setup for {@code workload} of {@code seed}, with {@code warmUpCopies} sent before each max-rate phase,
     * its expected counts checked against an oracle as {@code expectation} says, the machine under {@code load}, run from
     * the checkout at {@code home}.
     */
    Report.Setup of(Path seed, Workload workload, int warmUpCopies, ExpectationCheck expectation, Report.Load load, Path home) {
        return new Report.Setup(machine(context.pinning()), load, versions(), GitCommit.of(home), engineSettings(),
                LaunchFlags.of(launcher, settings.selection().engines(), context.jvmOptions(), home, context.workFolder()),
                new Report.Input(new Report.Input.Text(seed.getFileName().toString(), settings.repeat(), workload.sha256(),
                        workload.size(), workload.lines(), workload.words(), workload.counts().size(), workload.pieces()),
                        new Report.Input.FixedRate(settings.fixedRate().linesPerSecond(), settings.fixedRate().seconds(),
                                settings.fixedRate().markerEveryMillis()), warmUpCopies, expectation),
                Map.of("howMeasured", HowMeasured.text(settings.run().batchTop(), warmUpCopies)));
    }

    private Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("streamcompare", build.version());
        versions.put("Apache Flink", build.flinkVersion());
        versions.put("Apache Spark", build.sparkVersion());
        if (settings.needsKafka()) {
            versions.put("Apache Kafka", build.kafkaVersion());
        }
        return versions;
    }

    /** The batch interval of every run, or the frontier's, one per point. */
    private Object batchMillis() {
        return settings.mode() == Mode.FRONTIER ? "per point: " + settings.sustain().frontier().intervalsMs() : settings.run().batchMillis();
    }

    private Map<String, Map<String, Object>> engineSettings() {
        Map<String, Map<String, Object>> engines = new LinkedHashMap<>();
        Map<String, Object> flink = new LinkedHashMap<>();
        flink.put("parallelism", settings.run().cores());
        flink.put("taskSlots", settings.run().cores() + " (the MiniCluster's: one per parallel instance)");
        flink.put("heap", settings.run().heap());
        flink.put("batchMillis", batchMillis());
        flink.put("batches", "event-time tumbling windows on ingestion time, watermark from the wall clock");
        flink.put("checkpointing", "stateful job: every batch (at most once a second), filesystem storage, default (hashmap) state backend");
        flink.put("variant", "faithful: every (word, 1) through keyBy, no pre-aggregation");
        if (settings.selection().variants().contains(Variant.TUNED)) {
            flink.put("tunedVariant", "flatMap(split) and a combiner per batch in one operator before keyBy, object reuse; "
                    + "file jobs list the folder every 250 ms");
        }
        engines.put("flink", flink);
        Map<String, Object> spark = new LinkedHashMap<>();
        spark.put("master", "local[" + settings.run().cores() + "]");
        spark.put("heap", settings.run().heap());
        spark.put("batchMillis", batchMillis());
        spark.put("checkpointing", "stateful job: metadata every batch, state every batch (at most once a second)");
        spark.put("receiverStorageLevel", "MEMORY_AND_DISK_SER_2 (socketTextStream's default)");
        spark.put("variant", "faithful: DStreams as the seed wrote them");
        if (settings.selection().variants().contains(Variant.TUNED)) {
            spark.put("tunedVariant", "each partition's words counted in a hash map before reduceByKey / updateStateByKey; "
                    + "socket jobs: local[cores + 1] (the receiver's own slot), blocks MEMORY_AND_DISK "
                    + "(objects, no replica) every 500 ms; file jobs: a batch's files coalesced to one partition per slot; "
                    + "stateful jobs: state kept as objects (MEMORY_ONLY), no sortByKey (the publish step sorts); "
                    + "Kryo with registration, no reference tracking");
        }
        engines.put("spark", spark);
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("master", "local[" + settings.run().cores() + "]");
        structured.put("heap", settings.run().heap());
        structured.put("batchMillis", batchMillis());
        structured.put("shufflePartitions", settings.run().cores());
        structured.put("batches", "micro-batches on a processing-time trigger every batchMillis; stateless: "
                + "groupBy(word).count() per micro-batch in foreachBatch");
        structured.put("checkpointing", "stateful job: groupBy(word).count() in complete mode, offsets and state every micro-batch");
        structured.put("variant", "faithful: the Dataset API, words by the shared tokenizer in a typed flatMap");
        engines.put("spark-structured", structured);
        if (settings.needsKafka()) {
            kafka(flink, spark, structured, engines);
        }
        for (Engine engine : Engine.values()) {
            Map<String, Object> where = launcher.describe(engine);
            if (!where.isEmpty()) {
                Map<String, Object> merged = engines.get(engine.toString());
                merged.remove("master");
                merged.remove("heap"); // the cluster's, set by its own configuration
                merged.remove("taskSlots");
                merged.putAll(where);
                merged.put("cpuPinning", "none by the harness: the jobs run in the cluster's processes");
            }
        }
        return engines;
    }

    /** Each engine's Kafka source, and the broker, the topics and the producer of the Kafka jobs. */
    private void kafka(Map<String, Object> flink, Map<String, Object> spark, Map<String, Object> structured,
                       Map<String, Map<String, Object>> engines) {
        flink.put("kafka", "KafkaSource (flink-connector-kafka " + build.kafkaConnectorVersion() + "), earliest offsets, batches "
                + "by the records' Kafka timestamps (event time), a partition's watermark its newest timestamp; "
                + "checkpoints every batch with the offsets");
        spark.put("kafka", "KafkaUtils.createDirectStream (spark-streaming-kafka-0-10), earliest offsets, no receiver; "
                + "metadata checkpoint every batch (getOrCreate)");
        structured.put("kafka", "format(\"kafka\") (spark-sql-kafka-0-10), startingOffsets=earliest, no maxOffsetsPerTrigger; "
                + "offset log and commits in the checkpoint");
        Map<String, Object> kafka = new LinkedHashMap<>();
        kafka.put("broker", settings.bootstrap() != null ? settings.bootstrap() + " (--bootstrap, not measured)"
                : "Kafka " + build.kafkaVersion() + ", one KRaft node started for the invocation (cluster/start kafka), "
                + "heap 512m, on loopback; its CPU and RSS per run in the report, not charged to the job");
        kafka.put("topics", "one per run, " + settings.kafkaPartitions() + " partitions (--partitions; default one per core), one replica");
        kafka.put("producer", "the harness's: acks=all, idempotent, linger 5 ms, a record per line, partitions in turn, "
                + "each record stamped in order (max rate: when sent; fixed rate: its time on the timetable); an empty "
                + "record to each partition every 200 ms while no phase sends");
        engines.put("kafka", kafka);
    }

    /** The machine, and how the children were pinned to its CPUs ({@code pinning}). */
    static Report.Machine machine(CpuPinning pinning) {
        String cpu = "unknown";
        long memory = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
        } catch (IOException e) {
            // not Linux: the figures that need /proc say so
        }
        return new Report.Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version"), pinning.cpus(),
                pinning.description());
    }
}
