package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * The summary rows of docs/performance.md's section "Superseded: the README's samples from before
 * issue 15" ({@code ./compare.sh --variant both --runs 3}, medians of three runs, min–max in brackets),
 * copied as they are published there: what docs/sample-throughput.png and .svg are drawn from.
 * {@link #main} draws them again, from the repository's root:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -pl harness -Dmdep.outputFile=target/cp.txt
 * java -cp harness/target/classes:harness/target/test-classes:$(cat harness/target/cp.txt) \
 *     dev.streamcompare.harness.report.render.SampleRows docs
 * </pre>
 */
final class SampleRows {

    /** Where the figures come from, as the chart's title says it. */
    static final String SOURCE = "sample: docs/performance.md, superseded figures";
    /** How they were measured, as the chart's category axis says it. */
    static final String HOW = "bars: median of 3 runs (./compare.sh --variant both --runs 3); whiskers: the slowest run to the fastest";

    /** job | engine | correct | throughput, words/s (min–max) | × reference | latency p50 / p95 / p99 / max, ms | batches | delay | start-up, ms | CPU, s | RSS, MiB. */
    static final String TABLE = """
            | consume | plain-java | 3/3 | 6.85 M (6.75 M–7.12 M) | 0.75 | – | – | – | 266 | 3.7 | 878 |
            | batch | flink | 3/3 | 965 k (957 k–1.10 M) | 0.11 | – | – | – | – | 37.5 | 1765 |
            | batch | spark | 3/3 | 2.28 M (2.20 M–2.43 M) | 0.25 | – | – | – | – | 17.6 | 992 |
            | batch | spark-structured | 3/3 | 2.08 M (1.99 M–2.12 M) | 0.23 | – | – | – | – | 18.6 | 1763 |
            | file | flink | 3/3 | 2.29 M (1.89 M–2.31 M) | 0.25 | 2269 / 3240 / 3269 / 3269 | 5 | 396 / 421 | 3859 | 26.4 | 1594 |
            | file | flink-tuned | 3/3 | 6.70 M (4.71 M–6.96 M) | 0.73 | 1316 / 2228 / 2316 / 2316 | 2 | 263 / 313 | 3596 | 14.4 | 1514 |
            | file | spark | 3/3 | 1.98 M (1.94 M–2.03 M) | 0.22 | 1360 / 2261 / 2359 / 2359 | 1 | 398 / 436 | 4340 | 41.7 | 2268 |
            | file | spark-tuned | 3/3 | 5.63 M (5.56 M–6.17 M) | 0.62 | 1288 / 2230 / 2286 / 2286 | 1 | 322 / 357 | 4379 | 22.4 | 1897 |
            | file | spark-structured | 3/3 | 3.24 M (3.19 M–3.78 M) | 0.35 | 1233 / 2224 / 2235 / 2235 | 1 | 383 / 1103 | 8045 | 35.1 | 1997 |
            | socket | flink | 3/3 | 2.16 M (2.15 M–2.67 M) | 0.24 | 1216 / 2205 / 2283 / 2283 | 5 | 313 / 340 | 2724 | 27.5 | 1578 |
            | socket | flink-tuned | 3/3 | 5.60 M (5.39 M–5.68 M) | 0.61 | 1258 / 2237 / 2258 / 2258 | 2 | 342 / 354 | 2772 | 13.9 | 1560 |
            | socket | spark | 3/3 | 2.52 M (2.35 M–2.62 M) | 0.28 | 1718 / 2638 / 2718 / 2718 | 1 | 494 / 582 | 3379 | 28.5 | 2039 |
            | socket | spark-tuned | 3/3 | 4.55 M (4.22 M–5.54 M) | 0.498 | 1708 / 2694 / 2708 / 2708 | 1 | 285 / 342 | 3314 | 21.3 | 1442 |
            | socket | spark-structured | 3/3 | – | – | 2212 / 3497 / 3748 / 3748 | – | 2059 / 2590 | 5848 | 28.2 | 1606 |
            | stateful | flink | 3/3 | 2.11 M (1.80 M–2.17 M) | 0.23 | 1261 / 2244 / 2361 / 2361 | 5 | 390 / 506 | 3002 | 28.9 | 1568 |
            | stateful | flink-tuned | 3/3 | 5.70 M (5.40 M–5.73 M) | 0.62 | 1293 / 2195 / 2311 / 2311 | 2 | 415 / 482 | 2892 | 17.0 | 1562 |
            | stateful | spark | 3/3 | 1.06 M (1.05 M–1.23 M) | 0.12 | 1339 / 2602 / 2783 / 2783 | 3 | 2168 / 15197 | 3224 | 54.0 | 2203 |
            | stateful | spark-tuned | 3/3 | 4.13 M (4.11 M–4.63 M) | 0.45 | 2169 / 2942 / 2956 / 2956 | 2 | 474 / 581 | 3584 | 25.5 | 2111 |
            | stateful | spark-structured | 3/3 | – | – | 2884 / 4126 / 4377 / 4377 | – | 3279 / 4018 | 7044 | 32.2 | 1519 |
            | stateful-file | flink | 3/3 | 2.26 M (1.88 M–2.27 M) | 0.25 | 2307 / 3249 / 3307 / 3307 | 5 | 385 / 404 | 3849 | 28.4 | 1590 |
            | stateful-file | flink-tuned | 3/3 | 6.86 M (6.69 M–7.02 M) | 0.75 | 1272 / 2269 / 2272 / 2272 | 2 | 267 / 307 | 3678 | 17.1 | 1106 |
            | stateful-file | spark | 3/3 | 1.46 M (1.46 M–1.63 M) | 0.16 | 1693 / 2442 / 2618 / 2618 | 5 | 617 / 1089 | 4429 | 57.7 | 2311 |
            | stateful-file | spark-tuned | 3/3 | 5.07 M (5.03 M–5.74 M) | 0.56 | 1413 / 2302 / 2413 / 2413 | 2 | 415 / 490 | 4312 | 27.3 | 1989 |
            | stateful-file | spark-structured | 3/3 | 4.25 M (3.69 M–4.46 M) | 0.46 | 1445 / 2407 / 2522 / 2522 | 1 | 603 / 1082 | 8080 | 36.7 | 4128 |
            """;

    private SampleRows() {}

    /** The rows of {@link #TABLE}. */
    static List<Summary> rows() {
        return TABLE.lines().map(SampleRows::row).toList();
    }

    /** The docs' throughput chart: the report's, its title saying where its figures come from. */
    static CategoryChart throughputChart() {
        CategoryChart chart = SummaryCharts.of(rows()).get(0);
        chart.setTitle(chart.getTitle() + " (" + SOURCE + ")");
        chart.setXAxisTitle(HOW);
        return chart;
    }

    /** Writes sample-throughput.png and .svg into the folder {@code args[0]} (the repository's docs). */
    public static void main(String[] args) throws IOException {
        ChartFiles.write(throughputChart(), Files.createDirectories(Path.of(args[0])), "sample-throughput");
    }

    private static Summary row(String line) {
        String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toArray(String[]::new);
        String[] correct = cells[2].split("/");
        Double[] latency = numbers(cells[5]);
        Double[] delay = numbers(cells[7]);
        return new Summary(Identity.parse(cells[0], cells[1]), Integer.parseInt(correct[1]), Integer.parseInt(correct[0]),
                range(cells[3]), number(cells[4]), new Summary.LatencyMs(latency[0], latency[1], latency[2], latency[3]),
                new Summary.DelayMs(delay[0], delay[1]), new Summary.MaxRate(number(cells[6]), null, null, null, false),
                new Summary.Costs(number(cells[8]), number(cells[9]), number(cells[10]), null), null);
    }

    /** {@code 6.85 M (6.75 M–7.12 M)} as median, min and max in words/s; none for "–". */
    private static Summary.Range range(String cell) {
        if (cell.equals("–")) {
            return new Summary.Range(null, null, null);
        }
        String[] parts = cell.replace("(", "").replace(")", "").split(" (?=\\d)|–");
        return new Summary.Range(words(parts[0]), words(parts[1]), words(parts[2]));
    }

    private static double words(String figure) {
        String[] number = figure.strip().split(" ");
        double unit = number.length == 1 ? 1 : number[1].equals("M") ? 1e6 : 1e3;
        return Double.parseDouble(number[0]) * unit;
    }

    /** {@code a / b / c} as numbers; four nulls for "–". */
    private static Double[] numbers(String cell) {
        return cell.equals("–") ? new Double[4] : Arrays.stream(cell.split("/")).map(String::strip).map(Double::valueOf)
                .toArray(Double[]::new);
    }

    private static Double number(String cell) {
        return cell.equals("–") ? null : Double.valueOf(cell);
    }
}
