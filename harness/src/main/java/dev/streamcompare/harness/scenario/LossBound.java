package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.feed.LineTimeline;
import dev.streamcompare.harness.report.FaultResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a job reading a socket may lose when it is killed and restarted on its checkpoint, worked
 * out from outside: the lines written from the moment the restored checkpoint holds reads before
 * (less {@link FaultResult#IN_FLIGHT_MILLIS}, for what was written but not yet read), to the end
 * of the killed job's connection (every line the producer wrote to it, after the kill too). A
 * job that loses more words than these stretches hold, or a piece whose sentinel lies outside all
 * of them, lost what its checkpoint should have kept.
 */
final class LossBound {

    private LossBound() {}

    /** The lines {@code [fromLine, toLine)} one kill may lose. */
    record Stretch(int fromLine, int toLine) {

        Stretch {
            if (fromLine > toLine) {
                fromLine = toLine;
            }
        }

        boolean holds(int line) {
            return line >= fromLine && line < toLine;
        }
    }

    /**
     * The stretch one kill may lose: from what had been written by {@code holdsReadsBefore} (the
     * restored checkpoint's, epoch ms) less the time in flight, to {@code connectionEnd}, the end
     * of the killed connection.
     */
    static Stretch stretch(LineTimeline timeline, long holdsReadsBefore, int connectionEnd) {
        return new Stretch(timeline.writtenBy(holdsReadsBefore - FaultResult.IN_FLIGHT_MILLIS), connectionEnd);
    }

    /** Words in the stretches, a line in two of them counted once. */
    static long words(FaultInput input, List<Stretch> stretches) {
        long words = 0;
        for (Stretch merged : merged(stretches)) {
            words += input.wordsIn(merged.fromLine(), merged.toLine());
        }
        return words;
    }

    /** The pieces among {@code missing} whose sentinel line lies in none of the stretches. */
    static int piecesBeyond(FaultInput input, List<Integer> missing, List<Stretch> stretches) {
        return (int) missing.stream().filter(piece -> stretches.stream().noneMatch(s -> s.holds(input.sentinelLine(piece)))).count();
    }

    private static List<Stretch> merged(List<Stretch> stretches) {
        List<Stretch> sorted = new ArrayList<>(stretches);
        sorted.sort(Comparator.comparingInt(Stretch::fromLine));
        List<Stretch> merged = new ArrayList<>();
        for (Stretch s : sorted) {
            Stretch last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.fromLine() <= last.toLine()) {
                merged.set(merged.size() - 1, new Stretch(last.fromLine(), Math.max(last.toLine(), s.toLine())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
