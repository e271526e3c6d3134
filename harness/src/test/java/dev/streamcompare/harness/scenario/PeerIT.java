package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.harness.cli.CompareCli;
import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.report.Differences;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.run.ChildJvm;
import dev.streamcompare.harness.run.JobLauncher;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunEvents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The peer, Flink's own SocketWindowWordCount from flink-examples-streaming, run from the jar the build fetched. */
public class PeerIT {

    /** Whitespace on which split("\\s") and Python's str.split() disagree, before a stretch of the seed text. */
    private static final String TRICKY = "hello world  hello\n"   // two spaces: split("\\s") gives an empty string
            + "\n\n"                                              // empty lines: one empty string each
            + "\tindented\t\tby tabs \u000B and\fforms\n"         // ASCII whitespace both split on, in runs
            + "crlf line \r\n"                                    // the socket source drops the \r
            + "no\u00a0break em\u2003space\u001cfile separator\n" // Python splits on these, split("\\s") does not
            + "   \n";                                            // blanks only

    @TempDir
    Path temp;

    private static CompareSettings settings(String... args) {
        CompareCli cli = new CompareCli();
        CompareCli.commandLine(cli).parseArgs(args);
        return cli.settings();
    }


    /** What split("\\s") counts in {@code input}, computed here independently of the harness: the test's oracle. */
    private static Map<String, Long> javaSplitCounts(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        String[] records = text.split("\n", -1); // the last is what follows the final \n: nothing, and no record
        Map<String, Long> counts = new HashMap<>();
        for (String record : Arrays.copyOf(records, records.length - 1)) {
            String line = record.endsWith("\r") ? record.substring(0, record.length() - 1) : record;
            for (String word : line.split("\\s")) {
                counts.merge(word, 1L, Long::sum);
            }
        }
        return counts;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void itsTotalsDifferFromTheReferenceByExactlyWhatSplitOnBackslashSExplains() throws Exception {
        List<String> seedLines = Files.readAllLines(ProjectHome.seedText(), StandardCharsets.UTF_8);
        Path seed = temp.resolve("seed.txt");
        Files.writeString(seed, TRICKY + String.join("\n", seedLines.subList(0, 3000)) + "\n", StandardCharsets.UTF_8);
        Workload workload = Workload.prepare(seed, 3, temp.resolve("work/input.txt"));
        CompareSettings settings = settings("--timeout", "120", "--heap", "512m");

        Peer.Run run = Peer.run(Peer.name(BuildInfo.load().flinkVersion()), settings, workload,
                new RunContext(settings.run(), JobLauncher.packaged(ProjectHome.locate(), BuildInfo.load(), false),
                        Files.createDirectories(temp.resolve("report")), temp.resolve("work")), RunEvents.NONE);

        PeerResult result = run.result();
        assertThat(result.failed()).as(result.outcome().failure() + ", log: " + temp.resolve("report").resolve(result.log())).isFalse();
        assertThat(result.outcome().exitCode()).as("it ends by itself at end of stream").isZero();
        Map<String, Long> expected = javaSplitCounts(Files.readAllBytes(workload.input()));
        assertThat(run.totals()).as("its totals are split(\"\\\\s\")'s, exactly").isEqualTo(expected);
        assertThat(result.split().explainedBySplit()).isTrue();
        assertThat(result.timing().reachedSplitTotal()).isTrue();

        // And they are not the reference's: empty strings, and words glued by whitespace Python splits on.
        Map<String, Long> reference = workload.counts();
        assertThat(expected.get("")).isPositive();
        assertThat(result.split().emptyStrings()).isEqualTo(expected.get(""));
        assertThat(run.totals()).containsEntry("no\u00a0break", 3L).containsEntry("em\u2003space\u001cfile", 3L);
        assertThat(reference).containsKeys("no", "break", "em", "space", "file").doesNotContainKey("no\u00a0break")
                .doesNotContainKey("");
        assertThat(result.reference().wordsReference()).isEqualTo(workload.words());
        assertThat(result.reference().wordsCounted()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum())
                .isNotEqualTo(workload.words());
        assertThat(result.reference().distinctDiffering()).isEqualTo(Differences.between(reference, expected).missing()
                + Differences.between(reference, expected).extra() + Differences.between(reference, expected).different())
                .isGreaterThan(1);
        assertThat(result.timing().wordsPerSecond()).isPositive();
        assertThat(result.timing().secondsToLastChange()).isPositive();
        assertThat(result.resources().startupMs()).isPositive();
        assertThat(result.resources().cpuSeconds()).isPositive();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPeerThatExitsBeforeConnectingOrPrintsNothingFails() throws Exception {
        Path seed = temp.resolve("seed.txt");
        Files.writeString(seed, TRICKY, StandardCharsets.UTF_8);
        Workload workload = Workload.prepare(seed, 1, temp.resolve("work/input.txt"));
        Path report = Files.createDirectories(temp.resolve("report"));

        CompareSettings thirty = settings("--timeout", "30");
        Peer.Run exits = Peer.run("exits", thirty, workload, new RunContext(thirty.run(),
                launcher(List.of(ChildJvm.javaExecutable(), "-version")), report, temp.resolve("work")), RunEvents.NONE);
        assertThat(exits.result().failed()).isTrue();
        assertThat(exits.result().outcome().failure()).contains("before it was ready");

        CompareSettings ten = settings("--timeout", "10");
        Peer.Run silent = Peer.run("silent", ten, workload, new RunContext(ten.run(),
                launcher(List.of(ChildJvm.javaExecutable(), "-cp", System.getProperty("java.class.path"), SilentPeer.class.getName())),
                report, temp.resolve("work")), RunEvents.NONE);
        assertThat(silent.result().failed()).isTrue();
        assertThat(silent.result().outcome().failure()).contains("printed no count within 10 s");
        assertThat(silent.result().outcome().exitCode()).isZero();
    }

    /** A launcher whose peer is {@code command} followed by the peer's arguments. */
    private static JobLauncher launcher(List<String> command) {
        return new JobLauncher() {
            @Override
            public List<String> command(Engine engine, Job job, List<String> args, List<String> jvmOptions) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> peerCommand(List<String> args, List<String> jvmOptions) {
                List<String> full = new ArrayList<>(command);
                if (!command.contains("-version")) {
                    full.addAll(args);
                }
                return full;
            }
        };
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void compareShowsThePeerRowBesideTheSocketJobAndItsDifferencesDoNotFailTheRun() throws Exception {
        Path reports = temp.resolve("reports");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CompareCli.commandLine(new CompareCli()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("--jobs", "socket", "--engines", "flink", "--no-baseline", "--repeat", "1", "--fixed-seconds", "1",
                        "--out", reports.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("## Peer", "| Flink SocketWindowWordCount (flink-examples-streaming ", "Every run correct.");
        Path folder = reports.resolve("latest").toRealPath();
        PeerResult peer = Report.read(folder).findings().peer();
        assertThat(peer).isNotNull();
        assertThat(peer.failed()).as(peer.outcome().failure()).isFalse();
        assertThat(peer.split().explainedBySplit()).isTrue();
        assertThat(peer.split().emptyStrings()).isPositive();
        assertThat(peer.reference().wordsCounted()).isEqualTo(peer.reference().wordsReference() + peer.split().emptyStrings());
        assertThat(peer.timing().wordsPerSecond()).isPositive();
        assertThat(folder.resolve(peer.log())).isRegularFile();
        assertThat(Files.readString(folder.resolve("report.md"))).contains("## Peer", "split(\"\\\\s\")");
        assertThat(Files.readString(folder.resolve("report.html"))).contains("<h2>Peer</h2>", "SocketWindowWordCount");
    }
}
