package dev.streamcompare.harness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streamcompare.harness.report.Report;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load average through a comparison: at its start, at its end, and the highest read between. */
class LoadWatchTest {

    @Test
    void theMaxIsTheHighestReadingAtStartBetweenOrAtEnd() {
        List<Double> readings = List.of(0.5, 3.25, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        AtomicInteger read = new AtomicInteger();
        LoadWatch watch = LoadWatch.start(() -> readings.get(Math.min(read.getAndIncrement(), readings.size() - 1)),
                Duration.ofMillis(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> read.get() >= 3);

        Report.Load load = watch.stop();

        assertThat(load).isEqualTo(new Report.Load(0.5, 1.0, 3.25));
    }

    @Test
    void noLoadAverageToReadGivesNulls() {
        assertThat(LoadWatch.start(() -> null, Duration.ofMillis(5)).stop()).isEqualTo(new Report.Load(null, null, null));
    }

    @Test
    void theEndIsReadWhenTheWatchStops() {
        AtomicInteger read = new AtomicInteger();
        LoadWatch watch = LoadWatch.start(() -> (double) read.incrementAndGet(), Duration.ofHours(1));

        Report.Load load = watch.stop();

        assertThat(load).as("read twice: at the start and at the stop").isEqualTo(new Report.Load(1.0, 2.0, 2.0));
    }
}
