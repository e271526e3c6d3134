package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfOddAndEvenSamples() {
        assertThat(Stats.median(List.of(3, 1, 2))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
        assertThat(Stats.median(List.of(7.5))).isEqualTo(7.5);
    }

    @Test
    void percentilesByNearestRankAreMeasuredValues() {
        List<Integer> oneToHundred = java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList();
        assertThat(Stats.percentile(oneToHundred, 50)).isEqualTo(50.0);
        assertThat(Stats.percentile(oneToHundred, 95)).isEqualTo(95.0);
        assertThat(Stats.percentile(oneToHundred, 99)).isEqualTo(99.0);
        assertThat(Stats.percentile(oneToHundred, 100)).isEqualTo(100.0);

        List<Integer> few = List.of(10, 40, 20, 30);
        assertThat(Stats.percentile(few, 50)).isEqualTo(20.0);
        assertThat(Stats.percentile(few, 95)).isEqualTo(40.0);
        assertThat(Stats.percentile(List.of(5), 99)).isEqualTo(5.0);
    }

    @Test
    void fortyMarkersHaveNearestRankPercentilesButNoP99() {
        // 40 latencies of 10, 20, …, 400 ms: p50 is the 20th, p95 the 38th; a p99 would be the 40th, the max.
        List<Long> latencies = java.util.stream.LongStream.rangeClosed(1, 40).map(i -> 10 * i).boxed().toList();
        Stats.Percentiles p = Stats.Percentiles.of(latencies);
        assertThat(p).isEqualTo(new Stats.Percentiles(200.0, 380.0, null, 400.0, 40));
    }

    @Test
    void aP99OfFewerThanAHundredSamplesIsDroppedWhereverItComesFrom() {
        // As a report.json from before the rule holds them: a p99 of 41 markers, which was their max.
        assertThat(new Stats.Percentiles(900.0, 1900.0, 2000.0, 2000.0, 41)).isEqualTo(new Stats.Percentiles(900.0, 1900.0, null, 2000.0, 41));
        assertThat(new Stats.Percentiles(900.0, 1900.0, 1990.0, 2000.0, 100).p99()).isEqualTo(1990.0);
    }

    @Test
    void aHundredSamplesHaveAP99BelowTheirMax() {
        // 1 … 200 ms: p99 is the 198th.
        List<Long> latencies = java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList();
        assertThat(Stats.Percentiles.of(latencies)).isEqualTo(new Stats.Percentiles(100.0, 190.0, 198.0, 200.0, 200));
        assertThat(Stats.Percentiles.of(latencies.subList(0, 100))).isEqualTo(new Stats.Percentiles(50.0, 95.0, 99.0, 100.0, 100));
    }

    @Test
    void percentilesOfCountsAreThoseOfTheSampleTheyCount() {
        // 0 ms × 150, 5 ms × 45, 40 ms × 4, 900 ms × 1: 200 samples. p50 → 0, p95 (190th) → 5, p99 (198th) → 40.
        java.util.SortedMap<Long, Long> counts = new java.util.TreeMap<>(java.util.Map.of(0L, 150L, 5L, 45L, 40L, 4L, 900L, 1L));
        assertThat(Stats.Percentiles.ofCounts(counts)).isEqualTo(new Stats.Percentiles(0.0, 5.0, 40.0, 900.0, 200));

        java.util.SortedMap<Long, Long> few = new java.util.TreeMap<>(java.util.Map.of(0L, 7L, 3L, 2L, 7L, 0L));
        assertThat(Stats.Percentiles.ofCounts(few)).isEqualTo(new Stats.Percentiles(0.0, 3.0, null, 3.0, 9));
        assertThat(Stats.Percentiles.ofCounts(new java.util.TreeMap<>())).isNull();
    }

    @Test
    void percentilesOfAnEmptySampleAreNull() {
        assertThat(Stats.Percentiles.of(List.of())).isNull();
        Stats.Percentiles p = Stats.Percentiles.of(List.of(1L, 2L, 3L, 4L));
        assertThat(p.p50()).isEqualTo(2.0);
        assertThat(p.max()).isEqualTo(4.0);
        assertThat(p.samples()).isEqualTo(4);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stats.percentile(List.of(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
