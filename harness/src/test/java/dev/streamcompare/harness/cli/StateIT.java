package dev.streamcompare.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.run.JobLauncher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./compare.sh --state}: a row per engine and backend, the transformWithState row beside
 * Structured Streaming's, each correct with its state cost, and each job started on the backend
 * its label names.
 */
class StateIT {

    @TempDir
    Path reports;

    @Test
    void rocksDbRunsAreRowsOfTheirOwnCorrectWithWhatTheirStateCost() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> commands = new ArrayList<>();
        JobLauncher packaged = JobLauncher.packaged(ProjectHome.locate(), BuildInfo.load(), false);
        CompareCli cli = new CompareCli();
        cli.launcher = (engine, job, args, jvmOptions) -> {
            String state = args.contains("--state") ? " --state " + args.get(args.indexOf("--state") + 1) : "";
            String variant = args.contains("--variant") && !args.get(args.indexOf("--variant") + 1).equals("faithful")
                    ? " --variant " + args.get(args.indexOf("--variant") + 1) : "";
            if (!args.isEmpty()) { // without arguments: the report asking for the engine's JVM flags, not a run
                commands.add(engine + " " + job + state + variant);
            }
            return packaged.command(engine, job, args, jvmOptions);
        };
        int exit = CompareCli.commandLine(cli).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--quick", "--engines", "flink,spark-structured", "--jobs", "stateful-file", "--state", "rocksdb",
                        "--no-baseline", "--out", reports.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        Report report = Report.read(reports.resolve("latest").toRealPath());
        assertThat(report.findings().runs()).extracting(run -> run.identity().engine())
                .containsExactly("flink-rocksdb", "spark-structured-rocksdb", "spark-structured-transform-with-state");
        for (RunResult run : report.findings().runs()) {
            assertThat(run.correct()).as(run.identity() + ": " + run.failure() + " " + run.verdict().differences()).isTrue();
            assertThat(run.resources().state().checkpointBytes()).as(run.identity().engine()).isPositive();
            assertThat(run.resources().state().checkpoints()).as(run.identity().engine()).isPositive();
            assertThat(run.resources().state().medianCheckpointMs()).as(run.identity().engine()).isNotNull();
        }
        assertThat(Files.readString(reports.resolve("latest/report.md"))).contains("## What state costs",
                "| stateful-file | flink-rocksdb | 1 (1) |", "| stateful-file | spark-structured-transform-with-state | 1 (1) |");
        // Each job was started on the backend its label names (the job modules' tests show that a job runs on it).
        assertThat(commands).containsExactly("flink stateful-file --state rocksdb", "spark-structured stateful-file --state rocksdb",
                "spark-structured stateful-file --variant transform-with-state");
    }
}
