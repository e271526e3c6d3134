package dev.streamcompare.harness.feed;

import static dev.streamcompare.harness.feed.FakePacer.EPOCH_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.harness.output.Markers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fixed-rate sender on a fake clock: what goes out when, and what it records of its lag. */
class FixedRateSenderTest {

    private static final List<String> TEN_LINES = IntStream.range(0, 10).mapToObj(i -> "line " + i).toList();

    /** A stream that notes each write with the fake time it happened at, ms from the start. */
    private static final class Recording implements FixedRateSender.Stream {
        final List<String> writes = new ArrayList<>();
        final FakePacer pacer;
        /** A write of this text holds the sender up by {@link #blockMillis}, as a socket pushing back. */
        String blockOn;
        long blockMillis;

        Recording(FakePacer pacer) {
            this.pacer = pacer;
        }

        /** Each line's time on the schedule, ms from the start, as a producer would stamp its record. */
        final List<Long> dues = new ArrayList<>();

        @Override
        public void line(String line, long dueMillis) {
            writes.add(pacer.nanoTime() / 1_000_000L + " " + line);
            dues.add(dueMillis - EPOCH_MILLIS);
            if (line.equals(blockOn)) {
                pacer.pass(blockMillis);
            }
        }

        @Override
        public void flush() {}
    }

    @Test
    void onTimeEachLineAndMarkerGoesOutWhenDueAMarkerFirstAtATie() throws Exception {
        FakePacer pacer = new FakePacer();
        Markers markers = new Markers();
        Recording out = new Recording(pacer);

        // 10 lines at 100 lines/s: one every 10 ms, 100 ms in all; a marker every 50 ms: at 0 and 50.
        new FixedRateSender(FixedSchedule.of(TEN_LINES, 100, 50), pacer, markers).toStream(out);

        assertThat(out.writes).containsExactly("0 " + Markers.word(0), "0 line 0", "10 line 1", "20 line 2", "30 line 3",
                "40 line 4", "50 " + Markers.word(1), "50 line 5", "60 line 6", "70 line 7", "80 line 8", "90 line 9");
        assertThat(markers.sent()).isEqualTo(Map.of(
                Markers.word(0), new Markers.Sent(EPOCH_MILLIS, EPOCH_MILLIS, 0),
                Markers.word(1), new Markers.Sent(EPOCH_MILLIS + 50, EPOCH_MILLIS + 50, 0)));
        assertThat(markers.lineLags()).isEqualTo(new TreeMap<>(Map.of(0L, 10L)));
    }

    @Test
    void aSenderHeldUpCatchesUpWithoutShiftingTheScheduleAndRecordsHowLateItWas() throws Exception {
        FakePacer pacer = new FakePacer();
        Markers markers = new Markers();
        Recording out = new Recording(pacer);
        out.blockOn = "line 1";
        out.blockMillis = 75; // written at 10 ms, returns at 85 ms

        new FixedRateSender(FixedSchedule.of(TEN_LINES, 100, 50), pacer, markers).toStream(out);

        // Lines 2–8 and marker 1 were due at 20–80 ms: they go out at once at 85 ms, then the schedule resumes.
        assertThat(out.writes).containsExactly("0 " + Markers.word(0), "0 line 0", "10 line 1", "85 line 2", "85 line 3",
                "85 line 4", "85 " + Markers.word(1), "85 line 5", "85 line 6", "85 line 7", "85 line 8", "90 line 9");
        assertThat(markers.sent().get(Markers.word(1))).as("due at 50, delivered at 85")
                .isEqualTo(new Markers.Sent(EPOCH_MILLIS + 50, EPOCH_MILLIS + 85, 35));
        // Lines 2 to 8 were 65, 55, 45, 35, 25, 15 and 5 ms late; lines 0, 1 and 9 on time.
        assertThat(markers.lineLags()).isEqualTo(new TreeMap<>(Map.of(0L, 3L, 5L, 1L, 15L, 1L, 25L, 1L, 35L, 1L, 45L, 1L,
                55L, 1L, 65L, 1L)));
        // A producer stamps each record with its time on the schedule, not when it went out: in order, and never late.
        assertThat(out.dues).containsExactly(0L, 0L, 10L, 20L, 30L, 40L, 50L, 50L, 60L, 70L, 80L, 90L);
    }

    @Test
    void filesGoAtAFixedRateHoldingWhatFellDueSinceTheLastWhateverTheMarkerInterval() throws Exception {
        // 20 lines at 40 lines/s: one every 25 ms, 500 ms in all; files every 250 ms: at 0, 250 and 500.
        List<String> lines = IntStream.range(0, 20).mapToObj(i -> "l" + i).toList();
        Map<Integer, String> files = new LinkedHashMap<>();
        Markers markers = new Markers();
        FakePacer pacer = new FakePacer();

        // A marker every 100 ms: at 0, 100, 200, 300, 400.
        new FixedRateSender(FixedSchedule.of(lines, 40, 100), pacer, markers).inFiles(250, (n, text) -> files.put(n, text));

        String m = Markers.word(0).substring(0, Markers.word(0).length() - 1);
        assertThat(files).isEqualTo(Map.of(
                0, m + "0\nl0\n",
                1, "l1\nl2\nl3\n" + m + "1\nl4\nl5\nl6\nl7\n" + m + "2\nl8\nl9\nl10\n",
                2, "l11\n" + m + "3\nl12\nl13\nl14\nl15\n" + m + "4\nl16\nl17\nl18\nl19\n"));
        assertThat(markers.sent().get(Markers.word(3))).as("due at 300, moved in with the file of 500, on time")
                .isEqualTo(new Markers.Sent(EPOCH_MILLIS + 300, EPOCH_MILLIS + 500, 0));

        Map<Integer, String> withMoreMarkers = new LinkedHashMap<>();
        new FixedRateSender(FixedSchedule.of(lines, 40, 10), new FakePacer(), new Markers())
                .inFiles(250, (n, text) -> withMoreMarkers.put(n, text));
        assertThat(withMoreMarkers).as("50 markers instead of 5: the same three files").hasSize(3);
    }

    @Test
    void aFileMovedInLateChargesItsLagToEveryMarkerAndLineInIt() throws Exception {
        List<String> lines = IntStream.range(0, 20).mapToObj(i -> "l" + i).toList();
        FakePacer pacer = new FakePacer();
        Markers markers = new Markers();

        // The first file takes 300 ms to move in: the second, due at 250, is made at 300 and in at 300.
        new FixedRateSender(FixedSchedule.of(lines, 40, 100), pacer, markers).inFiles(250, (n, text) -> {
            if (n == 0) {
                pacer.pass(300);
            }
        });

        assertThat(markers.sent().get(Markers.word(0))).isEqualTo(new Markers.Sent(EPOCH_MILLIS, EPOCH_MILLIS + 300, 300));
        assertThat(markers.sent().get(Markers.word(1))).isEqualTo(new Markers.Sent(EPOCH_MILLIS + 100, EPOCH_MILLIS + 300, 50));
        // l0 on time (its file was made at 0); l1–l10, in the file due at 250, 50 ms late; l11–l19 on time.
        assertThat(markers.lineLags()).isEqualTo(new TreeMap<>(Map.of(0L, 10L, 50L, 10L)));
    }

    @Test
    void theScheduleHasAMarkerEveryIntervalForAsLongAsTheLinesLast() {
        assertThat(FixedSchedule.of(TEN_LINES, 100, 50).markers()).as("100 ms: at 0 and 50").isEqualTo(2);
        assertThat(FixedSchedule.of(TEN_LINES, 100, 30).markers()).as("100 ms: at 0, 30, 60, 90").isEqualTo(4);
        assertThat(FixedSchedule.of(TEN_LINES, 100, 500).markers()).as("at least one").isEqualTo(1);
        assertThat(FixedSchedule.of(List.of(), 100, 50).markers()).isZero();
        List<String> twentySeconds = java.util.Collections.nCopies(200_000, "x");
        assertThat(FixedSchedule.of(twentySeconds, 10_000, 50).markers()).as("the default: 20 s, a marker every 50 ms").isEqualTo(400);
    }
}
