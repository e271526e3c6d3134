package dev.streamcompare.harness.run;

import dev.streamcompare.common.WordCounter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * {@code lines} at a fixed rate with a numbered marker word at recorded send times (latency), then
 * a wait of at most {@code drainBound} for the last words: the fixed-rate phase of the comparison,
 * and the whole of a soak run or a sustainable-rate probe.
 */
public record FixedRatePhase(FixedRate rate, List<String> lines, Duration drainBound) implements Phase {

    public FixedRatePhase {
        lines = List.copyOf(lines);
    }

    @Override
    public String name() {
        return "fixed rate";
    }

    @Override
    public Map<String, Long> expectedCounts() {
        return WordCounter.countLines(lines).toMap();
    }

    @Override
    public void run(PhaseContext run) throws IOException, InterruptedException, TimeoutException {
        run.starting(name(), run.wordsSent());
        run.feed().sendAtFixedRate(lines, rate.linesPerSecond(), rate.markerEveryMillis(), run.markers());
        long words = WordCounter.countLines(lines).total() + run.markers().count();
        run.sentAndAwaited(words, name(), drainBound);
    }
}
