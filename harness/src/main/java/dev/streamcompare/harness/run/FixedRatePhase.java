package dev.streamcompare.harness.run;

import dev.streamcompare.common.WordCounter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * {@code lines} at a fixed rate with numbered marker words, all on a schedule fixed before the
 * phase starts (latency runs from a marker's time on it; the sender's lag behind it is recorded),
 * then a wait of at most {@code drainBound} for the last words: the fixed-rate phase of the comparison,
 * and the whole of a soak run or a sustainable-rate probe. The lines are counted once, when the plan
 * is made: never while the job runs, where the harness's own work would delay its clock.
 */
public final class FixedRatePhase implements Phase {

    private final FixedRate rate;
    private final List<String> lines;
    private final Duration drainBound;
    private final Map<String, Long> counts;
    private final long words;

    public FixedRatePhase(FixedRate rate, List<String> lines, Duration drainBound) {
        this.rate = rate;
        this.lines = List.copyOf(lines);
        this.drainBound = drainBound;
        WordCounter counter = WordCounter.countLines(this.lines);
        // Not Map.copyOf: its open addressing degrades on millions of similar keys (--distinct), a HashMap does not.
        this.counts = java.util.Collections.unmodifiableMap(counter.toMap());
        this.words = counter.total();
    }

    @Override
    public String name() {
        return "fixed rate";
    }

    @Override
    public Map<String, Long> expectedCounts() {
        return counts;
    }

    @Override
    public long words() {
        return words;
    }

    @Override
    public void run(PhaseContext run) throws IOException, InterruptedException, TimeoutException {
        run.starting(name(), run.wordsSent());
        run.feed().sendAtFixedRate(lines, rate.linesPerSecond(), rate.markerEveryMillis(), run.markers());
        run.sentAndAwaited(words + run.markers().count(), name(), drainBound);
    }
}
