package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.report.Verdict;
import dev.streamcompare.harness.report.render.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The peer's output parsing, its split("\\s") prediction, and how its row is reported. */
class PeerTest {

    @Test
    void aCountLineIsWordSpaceColonSpaceCountAndTheWordMayBeEmptyOrPunctuation() {
        assertThat(Peer.parse("hello : 2")).isEqualTo(new Peer.Count("hello", 2));
        assertThat(Peer.parse("The : 2062")).isEqualTo(new Peer.Count("The", 2062));
        assertThat(Peer.parse(" : 20234")).isEqualTo(new Peer.Count("", 20234));
        assertThat(Peer.parse(": : 3")).isEqualTo(new Peer.Count(":", 3));
        assertThat(Peer.parse("—Stephen: : 1")).isEqualTo(new Peer.Count("—Stephen:", 1));
        // split("\\s") cuts on ASCII whitespace only: a no-break space or an em space stays inside its word.
        assertThat(Peer.parse("a\u00a0b : 4")).isEqualTo(new Peer.Count("a\u00a0b", 4));
        assertThat(Peer.parse("x\u2003y : 1")).isEqualTo(new Peer.Count("x\u2003y", 1));
    }

    @Test
    void anyOtherLineIsNotACount() {
        assertThat(Peer.parse("")).isNull();
        assertThat(Peer.parse("hello")).isNull();
        assertThat(Peer.parse("hello : ")).isNull();
        assertThat(Peer.parse("hello : two")).isNull();
        assertThat(Peer.parse("hello : -2")).isNull();
        assertThat(Peer.parse("hello : 1234567890123456789")).as("beyond a long").isNull();
        // A word of split("\\s") never holds ASCII whitespace: a log line or a subtask prefix is not a count.
        assertThat(Peer.parse("08:56:30,123 WARN  o.a.f.r.Foo - x : 1")).isNull();
        assertThat(Peer.parse("1> hello : 2")).isNull();
        assertThat(Peer.parse("a\tb : 2")).isNull();
    }

    @Test
    void totalsSumEveryWindowAndRememberWhenTheyLastChanged() {
        Peer.Totals totals = new Peer.Totals();
        totals.accept("hello : 2", 1_000);
        totals.accept(" : 3", 1_001);
        totals.accept("some log line", 2_000);
        totals.accept("hello : 5", 6_000);
        totals.accept("world : 0", 7_000);

        assertThat(totals.counts()).containsOnly(entry("hello", 7L), entry("", 3L), entry("world", 0L));
        assertThat(totals.total()).isEqualTo(10);
        assertThat(totals.otherLines()).isEqualTo(1);
        assertThat(totals.lastChangeMillis()).as("a count of 0 changes nothing").isEqualTo(6_000);
    }

    @Test
    void splitCountsAreWhatSplitOnBackslashSFindsInTheLinesTheSocketSourceCuts() {
        String input = "hello world  hello\n"   // two spaces: one empty string
                + "\n"                          // an empty line: one empty string
                + "foo\tbar \r\n"               // \r dropped by the source; trailing empty strings dropped by split
                + "\r\n"                        // a line of just \r: empty once the source drops it
                + "  lead\n"                    // two leading spaces: two empty strings
                + "a\u00a0b c\u2003d\n"         // no-break and em space: not \\s
                + "tail";                       // no newline at the end: the source emits it at end of stream
        Map<String, Long> counts = Peer.splitCounts(input.getBytes(StandardCharsets.UTF_8));

        assertThat(counts).containsOnly(entry("hello", 2L), entry("world", 1L), entry("", 5L), entry("foo", 1L), entry("bar", 1L),
                entry("lead", 1L), entry("a\u00a0b", 1L), entry("c\u2003d", 1L), entry("tail", 1L));
    }

    @Test
    void thePeerRowNeverFailsTheReportForItsCountsOnlyForFailingToRun() {
        PeerResult differing = peer(false, 20_234);
        PeerResult crashed = PeerResult.failed(Peer.name("2.3.0"), Peer.MAIN_CLASS, Peer.WINDOW_SECONDS, "exited (1) before it was ready", 535_952, 50_106);

        assertThat(report(null).passed()).isTrue();
        assertThat(report(differing).passed()).as("its counts differ from the reference by design").isTrue();
        assertThat(report(crashed).passed()).isFalse();

        String md = ReportWriter.peerTable(report(differing));
        assertThat(md).startsWith("## Peer\n").contains("split(\"\\\\s\")", "5 s processing-time window",
                "| Flink SocketWindowWordCount (flink-examples-streaming 2.3.0) | ran | 108 k | 0.02 | 5.0 | 556,186 (535,952) | 20,234 "
                        + "| 50,107 (50,106) | 1: 0 missing, 1 extra, 0 different | yes |",
                "First differences from the reference: \"\" (empty string): expected 0, counted 20234");
        assertThat(ReportWriter.peerTable(report(crashed))).contains("| failed: exited (1) before it was ready |");
        assertThat(ReportWriter.peerTable(report(null))).isEmpty();
    }

    private static PeerResult peer(boolean failed, long empty) {
        return new PeerResult(new PeerResult.Program(Peer.name("2.3.0"), Peer.MAIN_CLASS, Job.SOCKET),
                new PeerResult.Outcome(failed, null, 0), new PeerResult.Timing(108_011.0, 4.962, 5, true),
                new PeerResult.AgainstReference(535_952, 535_952 + empty, 0, 50_106, 50_107,
                        Peer.namingTheEmptyString(new RunResult.Differences(0, 1, 0, List.of(": expected 0, counted " + empty)))),
                new PeerResult.AgainstSplit(empty, 535_952 + empty, true, RunResult.Differences.NONE, 0),
                new Resources(5516L, 8.8, 447_709_184L), "logs/socket-flink-peer.log");
    }

    private static Report report(PeerResult peer) {
        RunResult run = new RunResult(Identity.of(Job.SOCKET, Engine.FLINK), 1, new Verdict(true, null, 0, 10, 10,
                RunResult.Differences.NONE), new Throughput(140_000.0, null), Latency.NONE, Resources.NONE, 0,
                "logs/socket-flink-1.log", null);
        return new Report("2026-11-28T08:56:27Z", "./compare.sh --quick", new Report.Setup(null, Map.of(), Map.of(), null, Map.of()),
                new Report.Findings(List.of(run), List.of(), List.of(), List.of(), 6.9e6, List.of(), peer));
    }
}
