package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.ScalingPoint;
import dev.streamcompare.harness.report.SoakResult;
import dev.streamcompare.harness.report.SoakVerdict;
import dev.streamcompare.harness.report.Summary;
import dev.streamcompare.harness.report.SustainableResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/** Renders report.md and a self-contained report.html (charts embedded) from a {@link Report}. */
public final class ReportWriter {

    private ReportWriter() {}

    /** One column of the summary table: a heading and how to print a row's figure. */
    private record Column(String heading, Function<Summary, String> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("job", s -> s.identity().job()),
            new Column("engine", s -> s.identity().engine()),
            new Column("correct", s -> s.correct() + "/" + s.runs()),
            new Column("throughput, words/s (min–max)", s -> s.throughput().median() == null ? "–"
                    : words(s.throughput().median()) + (s.runs() > 1 ? " (" + words(s.throughput().min()) + "–" + words(s.throughput().max()) + ")" : "")),
            new Column("× reference rate", s -> s.ratioToReference() == null ? "–" : ratio(s.ratioToReference())),
            new Column("latency p50 / p95 / p99 / max, ms", s -> s.latencyMs().p50() == null ? "–"
                    : ms(s.latencyMs().p50()) + " / " + ms(s.latencyMs().p95()) + " / " + ms(s.latencyMs().p99()) + " / " + ms(s.latencyMs().max())),
            new Column("batches at max rate", s -> s.batchesAtMaxRate() == null ? "–" : String.format(Locale.ROOT, "%.0f", s.batchesAtMaxRate())),
            new Column("processing delay p50 / p99, ms", s -> s.delayMs().p50() == null ? "–" : ms(s.delayMs().p50()) + " / " + ms(s.delayMs().p99())),
            new Column("start-up, ms", s -> s.costs().startupMs() == null ? "–" : ms(s.costs().startupMs())),
            new Column("CPU, s", s -> s.costs().cpuSeconds() == null ? "–" : String.format(Locale.ROOT, "%.1f", s.costs().cpuSeconds())),
            new Column("peak RSS, MiB", s -> s.costs().peakRssMiB() == null ? "–" : String.format(Locale.ROOT, "%.0f", s.costs().peakRssMiB())));

    /** A ratio to the reference rate; three decimals, rounded down, where two would round a miss up to the goal: 0.498, not 0.50. */
    static String ratio(double value) {
        return value < TUNED_GOAL && value >= TUNED_GOAL - 0.005
                ? String.format(Locale.ROOT, "%.3f", Math.floor(value * 1000) / 1000) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String words(double value) {
        return value >= 1e6 ? String.format(Locale.ROOT, "%.2f M", value / 1e6) : String.format(Locale.ROOT, "%.0f k", value / 1e3);
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** The --find-sustainable results in Markdown, or nothing. */
    static String sustainableTable(Report report) {
        List<SustainableResult> sustainable = report.findings().sustainable();
        if (sustainable == null || sustainable.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Sustainable rate\n\nThe highest fixed rate with every marker's latency within 3 batch "
                + "intervals and no backlog, over probes of " + sustainable.get(0).probeSeconds() + " s.\n\n"
                + "| job | engine | lines/s | words/s | latency p99 at that rate, ms | probes (lines/s: kept up?) |\n|---|---|---|---|---|---|\n");
        for (SustainableResult r : sustainable) {
            md.append("| ").append(r.identity().job()).append(" | ").append(r.identity().engine()).append(" | ")
                    .append(r.linesPerSecond() == null ? "none found" : String.format(Locale.ROOT, "%,d", r.linesPerSecond()))
                    .append(" | ").append(r.wordsPerSecond() == null ? "–" : words(r.wordsPerSecond()))
                    .append(" | ").append(r.latencyP99Ms() == null ? "–" : ms(r.latencyP99Ms())).append(" | ");
            r.probes().forEach(p -> md.append(String.format(Locale.ROOT, "%,d: %s; ", p.linesPerSecond(), p.sustained() ? "yes" : "no")));
            md.append("|\n");
        }
        return md.append('\n').toString();
    }

    /** The --faults results in Markdown, or nothing. */
    public static String faultsTable(Report report) {
        List<FaultResult> faults = report.findings().faults();
        if (faults == null || faults.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Faults\n\nKill and recover: SIGKILL at 25, 50 and 75 % of the input, each half a "
                + "batch interval after a checkpoint completed, the input still arriving; the job started again on its checkpoint "
                + "folder. File input can be read again: 0 lost and 0 counted twice is the pass mark. Socket input cannot: what is "
                + "lost is reported. Producer failure: the producer closes the connection at half the input and listens again "
                + "3 s later (Flink's socket source with --max-retry -1). File written in place: appended in ten slices a quarter "
                + "of a batch interval apart, instead of moved in whole.\n\n"
                + "| fault | job | engine | pass | words expected | counted | lost | counted twice | since checkpoint at kill, ms "
                + "| kill → first batch again, ms | checkpoint size | outcome | failure |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (FaultResult r : faults) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %,d | %,d | %,d | %,d | %s | %s | %s | %s | %s |%n",
                    r.fault(), r.identity().job(), r.identity().engine(), !r.ran() ? "–" : r.passed() ? "yes" : "**no**", r.counts().wordsExpected(),
                    r.counts().wordsCounted(), r.counts().lost(), r.counts().doubled(), joined(r.recovery().killedAfterCheckpointMillis()),
                    joined(r.recovery().recoveryMillis()), r.recovery().checkpointBytes() == null ? "–"
                            : String.format(Locale.ROOT, "%.1f MiB", r.recovery().checkpointBytes() / 1048576.0),
                    r.outcome().replace('|', '/'), r.failure() == null ? "" : r.failure().replace('|', '/')));
        }
        return md.append('\n').toString();
    }

    /** The peer row's headings, in Markdown and HTML. */
    private static final List<String> PEER_HEADINGS = List.of("peer", "outcome", "throughput, words/s", "× reference rate",
            "first byte → last change of its totals, s", "words counted (reference)", "empty strings counted",
            "distinct words (reference)", "distinct words differing from the reference",
            "totals = split(\"\\\\s\") of the input", "start-up, ms", "CPU, s", "peak RSS, MiB");

    /** What the peer row is and how to read it. */
    static String peerText(PeerResult peer) {
        return String.format(Locale.ROOT, """
                Flink's own example `%s` (its jar from Maven Central), run embedded like the Flink jobs (same heap, \
                parallelism = cores) on the socket job's max-rate input, byte for byte, once. It is a peer, not a checked run: \
                its counts differ from the reference by design. It splits each line with `split("\\\\s")`, which yields an \
                empty string for an empty line and for every further whitespace character in a run of them, and splits on \
                ASCII whitespace only; the reference (the jobs' tokenizer) reproduces Python's `str.split()`. The \
                `split("\\\\s")` column says whether the harness's own `split("\\\\s")` of the input predicts its totals \
                exactly. Throughput: the reference's words of the input / (the output line that last changed its totals − \
                first byte sent). It prints once per %d s processing-time window, so that end point can be up to %d s \
                late, which understates a short input most. It is reported failed only if it crashes, never connects or \
                prints nothing; its differences never fail the comparison.
                """, peer.program().mainClass(), peer.timing().windowSeconds(), peer.timing().windowSeconds());
    }

    /** The peer's cells, in the order of {@link #PEER_HEADINGS}. */
    private static List<String> peerCells(Report report) {
        PeerResult p = report.findings().peer();
        Double reference = report.findings().referenceRateWordsPerSecond();
        PeerResult.Timing t = p.timing();
        PeerResult.AgainstReference r = p.reference();
        Resources c = p.resources();
        return List.of(p.program().name(), p.failed() ? "failed: " + p.outcome().failure() : t.reachedSplitTotal() ? "ran"
                        : "ran; its totals stopped short of split's after two quiet windows",
                t.wordsPerSecond() == null ? "–" : words(t.wordsPerSecond()),
                t.wordsPerSecond() == null || reference == null ? "–"
                        : String.format(Locale.ROOT, "%.2f", t.wordsPerSecond() / reference),
                t.secondsToLastChange() == null ? "–" : String.format(Locale.ROOT, "%.1f", t.secondsToLastChange()),
                String.format(Locale.ROOT, "%,d (%,d)", r.wordsCounted(), r.wordsReference()),
                String.format(Locale.ROOT, "%,d", p.split().emptyStrings()),
                String.format(Locale.ROOT, "%,d (%,d)", r.distinctCounted(), r.distinctReference()),
                String.format(Locale.ROOT, "%,d: %,d missing, %,d extra, %,d different", r.distinctDiffering(),
                        r.fromReference().missing(), r.fromReference().extra(), r.fromReference().different()),
                p.failed() ? "–" : p.split().explainedBySplit() ? "yes" : "no: " + String.join("; ", p.split().fromSplit().first()),
                c.startupMs() == null ? "–" : ms(c.startupMs()),
                c.cpuSeconds() == null ? "–" : String.format(Locale.ROOT, "%.1f", c.cpuSeconds()),
                c.peakRssBytes() == null ? "–" : String.format(Locale.ROOT, "%.0f", c.peakRssMiB()));
    }

    /** The peer row in Markdown, or nothing. */
    public static String peerTable(Report report) {
        if (report.findings().peer() == null) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Peer\n\n").append(peerText(report.findings().peer())).append("\n|");
        PEER_HEADINGS.forEach(h -> md.append(' ').append(h).append(" |"));
        md.append("\n|");
        PEER_HEADINGS.forEach(h -> md.append("---|"));
        md.append("\n|");
        peerCells(report).forEach(c -> md.append(' ').append(c.replace('|', '/')).append(" |"));
        md.append("\n\n");
        List<String> first = report.findings().peer().reference().fromReference().first();
        if (!first.isEmpty()) {
            md.append("First differences from the reference: ").append(String.join("; ", first).replace('|', '/')).append("\n\n");
        }
        return md.toString();
    }

    /** The reference rate the ratios are taken to, or nothing. */
    public static String referenceLine(Report report) {
        Double rate = report.findings().referenceRateWordsPerSecond();
        return rate == null ? "" : "Reference rate: " + words(rate)
                + " words/s — the reference counter (the jobs' tokenizer and a hash map), one thread, the input in memory, "
                + "third pass, in this run. \"× reference rate\" is each row's throughput over it.\n\n";
    }

    /** The performance goal: each tuned streaming job at this ratio to the reference rate or more (docs/performance.md). */
    static final double TUNED_GOAL = 0.5;

    /**
     * Whether the tuned rows reach {@link #TUNED_GOAL}, row by row, when the report has tuned rows
     * and a reference rate; else nothing. A tuned row without a figure (no correct run) misses it.
     */
    public static String goalLine(List<Summary> rows, Double referenceRate) {
        List<Summary> tuned = rows.stream().filter(r -> r.identity().subject().tuned()).toList();
        if (tuned.isEmpty() || referenceRate == null) {
            return "";
        }
        List<String> missed = tuned.stream().filter(r -> r.ratioToReference() == null || r.ratioToReference() < TUNED_GOAL)
                .map(r -> r.ratioToReference() == null ? r.identity().job() + " " + r.identity().engine() + " (no correct run)"
                        : r.identity().job() + " " + r.identity().engine() + " " + ratio(r.ratioToReference())).toList();
        return String.format(Locale.ROOT, "Goal: every tuned streaming job at %.1f × the reference rate or more. ", TUNED_GOAL)
                + (missed.isEmpty() ? "Met by all " + tuned.size() + " tuned rows."
                : "Missed by " + missed.size() + " of " + tuned.size() + " tuned rows: " + String.join(", ", missed)
                + " (what bounds each engine: docs/performance.md).") + "\n\n";
    }

    /** The --soak results in Markdown, or nothing. */
    static String soakTable(Report report) {
        List<SoakResult> soak = report.findings().soak();
        if (soak == null || soak.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Soak\n\nEach streaming job at a fixed rate. The steady part starts when the distinct "
                + "words counted stop growing (and not before a tenth of the run); RSS there and at the end are medians over a tenth "
                + "of the run. Pass: RSS grows by less than " + (int) SoakVerdict.MAX_RSS_GROWTH_PERCENT + " % and p99 latency stays within "
                + SoakVerdict.LATENCY_BOUND_BATCHES + " batch intervals. The children touch their whole heap at start "
                + "(-XX:+AlwaysPreTouch): RSS growth is growth outside the heap; a heap filling up shows as latency.\n\n"
                + "| job | engine | minutes | lines/s | correct | steady from, s | RSS at steady, MiB | RSS at end, MiB | growth | "
                + "latency p99 since, ms | pass | why not |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SoakResult r : soak) {
            SoakVerdict v = r.verdict();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %s | %.0f | %.0f | %.0f | %+.1f %% | %s | %s | %s |%n",
                    r.identity().job(), r.identity().engine(), r.minutes(), r.linesPerSecond(), r.run().correct() ? "yes" : "**no**",
                    v.steadyFromSeconds(), v.rssAtSteadyMiB(), v.rssAtEndMiB(), v.rssGrowthPercent(),
                    v.latencyP99Ms() == null ? "–" : ms(v.latencyP99Ms()), v.passed() ? "yes" : "**no**", v.reason().replace('|', '/')));
        }
        return md.append('\n').toString();
    }

    /** The --scaling results in Markdown, or nothing. */
    static String scalingTable(Report report) {
        List<ScalingPoint> scaling = report.findings().scaling();
        if (scaling == null || scaling.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Cost as work grows\n\nEach streaming job's max-rate phase at several input sizes "
                + "and core counts, one run each. CPU-seconds per million words: the child's whole CPU (start-up and a 1 s "
                + "fixed-rate phase included) over the words of the input.\n\n"
                + "| job | engine | cores | input | words | correct | words/s | CPU-s per M words |\n|---|---|---|---|---|---|---|---|\n");
        for (ScalingPoint p : scaling) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | seed × %d | %,d | %s | %s | %s |%n", p.identity().job(), p.identity().engine(), p.cores(),
                    p.repeat(), p.words(), p.correct() ? "yes" : "**no**", p.wordsPerSecond() == null ? "–" : words(p.wordsPerSecond()),
                    p.cpuSecondsPerMillionWords() == null ? "not measured" : String.format(Locale.ROOT, "%.2f", p.cpuSecondsPerMillionWords())));
        }
        return md.append('\n').toString();
    }

    /** Throughput and CPU-seconds per million words against the input's words, a line per job, engine and core count. */
    static List<XYChart> scalingCharts(List<ScalingPoint> points) {
        XYChart throughput = xyChart("Cost as work grows: throughput against input size", "words in the input", "words/s");
        XYChart cpu = xyChart("Cost as work grows: CPU-seconds per million words against input size", "words in the input", "CPU-s / M words");
        java.util.Map<String, List<ScalingPoint>> lines = new LinkedHashMap<>();
        points.forEach(p -> lines.computeIfAbsent(p.identity().job() + " " + p.identity().engine() + " " + p.cores() + "c", k -> new ArrayList<>()).add(p));
        lines.forEach((name, line) -> {
            List<ScalingPoint> measured = line.stream().filter(p -> p.wordsPerSecond() != null && p.cpuSecondsPerMillionWords() != null).toList();
            if (!measured.isEmpty()) {
                throughput.addSeries(name, measured.stream().mapToDouble(ScalingPoint::words).toArray(),
                        measured.stream().mapToDouble(ScalingPoint::wordsPerSecond).toArray());
                cpu.addSeries(name, measured.stream().mapToDouble(ScalingPoint::words).toArray(),
                        measured.stream().mapToDouble(ScalingPoint::cpuSecondsPerMillionWords).toArray());
            }
        });
        return List.of(throughput, cpu);
    }

    private static XYChart xyChart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(900).height(380).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        return chart;
    }

    /** RSS and latency over time, a line per job and engine. */
    static List<XYChart> soakCharts(List<SoakResult> soak) {
        XYChart rss = new XYChartBuilder().width(900).height(380).title("Soak: RSS of the child's process tree over time")
                .xAxisTitle("s since start").yAxisTitle("MiB").build();
        XYChart latency = new XYChartBuilder().width(900).height(380).title("Soak: end-to-end latency of each marker over time")
                .xAxisTitle("s since start").yAxisTitle("ms").build();
        for (XYChart chart : List.of(rss, latency)) {
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            chart.getStyler().setMarkerSize(0);
        }
        for (SoakResult r : soak) {
            RunResult.Timeline t = r.run().timeline();
            if (t == null) {
                continue;
            }
            addLine(rss, r.identity().job() + " " + r.identity().engine(), t.rssMiB());
            addLine(latency, r.identity().job() + " " + r.identity().engine(), t.latencyMs());
        }
        return List.of(rss, latency);
    }

    private static void addLine(XYChart chart, String name, List<RunResult.Point> points) {
        if (points.isEmpty()) {
            return;
        }
        chart.addSeries(name, points.stream().mapToDouble(RunResult.Point::seconds).toArray(),
                points.stream().mapToDouble(RunResult.Point::value).toArray());
    }

    private static String joined(List<Long> values) {
        return values.isEmpty() ? "–" : values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The summary table in Markdown. */
    public static String summaryTable(List<Summary> rows) {
        StringBuilder md = new StringBuilder("|");
        COLUMNS.forEach(c -> md.append(' ').append(c.heading()).append(" |"));
        md.append("\n|");
        COLUMNS.forEach(c -> md.append("---|"));
        for (Summary row : rows) {
            md.append("\n|");
            COLUMNS.forEach(c -> md.append(' ').append(c.value().apply(row)).append(" |"));
        }
        return md.append('\n').toString();
    }

    public static void write(Report report, Path folder) throws IOException {
        List<Summary> rows = Summary.of(report.findings().runs(), report.findings().referenceRateWordsPerSecond());
        Files.writeString(folder.resolve("report.md"), markdown(report, rows), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.html"), html(report, rows), StandardCharsets.UTF_8);
    }

    private static String markdown(Report report, List<Summary> rows) {
        StringBuilder md = new StringBuilder("# streamcompare report, ").append(report.createdUtc()).append("\n\n");
        md.append("`").append(report.commandLine()).append("`\n\n");
        md.append(report.passed() ? "Every run correct.\n\n" : "**Some runs are wrong or failed: see below.**\n\n");
        md.append(referenceLine(report));
        if (!rows.isEmpty()) {
            md.append(summaryTable(rows)).append('\n').append(goalLine(rows, report.findings().referenceRateWordsPerSecond()));
        }
        md.append(peerTable(report));
        md.append(sustainableTable(report));
        md.append(faultsTable(report));
        md.append(soakTable(report));
        md.append(scalingTable(report));
        md.append("## How each figure is measured\n\n").append(report.setup().method().get("howMeasured")).append('\n');
        md.append("## Machine and input\n\n");
        Report.Machine m = report.setup().machine();
        md.append(String.format(Locale.ROOT, "- %s, %d cores, %.1f GiB, %s, Java %s%n", m.cpuModel(), m.cores(),
                m.memoryBytes() / (1024.0 * 1024 * 1024), m.os(), m.java()));
        report.setup().versions().forEach((k, v) -> md.append("- ").append(k).append(' ').append(v).append('\n'));
        Report.Input.Text in = report.setup().input().text();
        Integer warmUp = report.setup().input().warmUp();
        Report.Input.FixedRate fixed = report.setup().input().fixedRate();
        md.append(String.format(Locale.ROOT, "- input: %s × %d, %,d bytes, %,d lines, %,d words (%,d distinct), sha256 %s%n",
                in.seed(), in.repeat(), in.bytes(), in.lines(), in.words(), in.distinct(), in.sha256()));
        if (warmUp != null && warmUp > 0) {
            md.append(String.format(Locale.ROOT, "- warm-up before each max-rate phase (not timed): %s × %d%n", in.seed(), warmUp));
        }
        md.append(String.format(Locale.ROOT, "- fixed-rate phase: %,d lines/s for %d s, a marker every %d ms%n",
                fixed.linesPerSecond(), fixed.seconds(), fixed.markerEveryMillis()));
        report.setup().settings().forEach((engine, s) -> md.append("- ").append(engine).append(": ").append(s).append('\n'));
        md.append("\n## Runs\n\n| job | engine | run | correct | failure | differences | log |\n|---|---|---|---|---|---|---|\n");
        for (RunResult run : report.findings().runs()) {
            RunResult.Differences differences = run.verdict().differences();
            md.append("| ").append(run.identity().job()).append(" | ").append(run.identity().engine()).append(" | ").append(run.run())
                    .append(" | ").append(run.correct() ? "yes" : "**no**")
                    .append(" | ").append(run.failure() == null ? "" : run.failure().replace('|', '/'))
                    .append(" | ").append(differences.first().isEmpty() ? "" : String.format(Locale.ROOT,
                            "%d missing, %d extra, %d different: %s", differences.missing(), differences.extra(),
                            differences.different(), String.join("; ", differences.first()).replace('|', '/')))
                    .append(" | [log](").append(run.log()).append(") |\n");
        }
        return md.toString();
    }

    private static String html(Report report, List<Summary> rows) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>streamcompare report</title>
                <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
                table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
                th{background:#f3f3f3}.wrong{color:#b00;font-weight:bold}img{max-width:100%;margin:1em 0}</style>
                </head><body>
                """);
        html.append("<h1>streamcompare report, ").append(escape(report.createdUtc())).append("</h1>");
        html.append("<p><code>").append(escape(report.commandLine())).append("</code></p>");
        html.append(report.passed() ? "<p>Every run correct.</p>" : "<p class=\"wrong\">Some runs are wrong or failed.</p>");
        if (report.findings().referenceRateWordsPerSecond() != null) {
            html.append("<p>").append(escape(referenceLine(report).strip())).append("</p>");
        }
        html.append("<table><tr>");
        COLUMNS.forEach(c -> html.append("<th>").append(escape(c.heading())).append("</th>"));
        html.append("</tr>");
        for (Summary row : rows) {
            html.append("<tr>");
            COLUMNS.forEach(c -> html.append("<td>").append(escape(c.value().apply(row))).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
        String goal = goalLine(rows, report.findings().referenceRateWordsPerSecond());
        if (!goal.isEmpty()) {
            html.append("<p>").append(escape(goal.strip())).append("</p>");
        }
        for (CategoryChart chart : rows.isEmpty() ? List.<CategoryChart>of() : charts(rows)) {
            appendImage(html, chart);
        }
        PeerResult peer = report.findings().peer();
        if (peer != null) {
            html.append("<h2>Peer</h2><p>").append(escape(peerText(peer).strip())).append("</p><table><tr>");
            PEER_HEADINGS.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
            html.append("</tr><tr>");
            List<String> cells = peerCells(report);
            for (int i = 0; i < cells.size(); i++) {
                html.append(i == 1 && peer.failed() ? "<td class=\"wrong\">" : "<td>").append(escape(cells.get(i))).append("</td>");
            }
            html.append("</tr></table>");
            List<String> first = report.findings().peer().reference().fromReference().first();
            if (!first.isEmpty()) {
                html.append("<p>First differences from the reference: ").append(escape(String.join("; ", first))).append("</p>");
            }
        }
        String sustainable = sustainableTable(report);
        if (!sustainable.isEmpty()) {
            html.append("<h2>Sustainable rate</h2><pre style=\"white-space:pre-wrap\">").append(escape(sustainable)).append("</pre>");
        }
        String soak = soakTable(report);
        if (!soak.isEmpty()) {
            html.append("<h2>Soak</h2><pre style=\"white-space:pre-wrap\">").append(escape(soak)).append("</pre>");
            for (XYChart chart : soakCharts(report.findings().soak())) {
                appendImage(html, chart);
            }
        }
        String scaling = scalingTable(report);
        if (!scaling.isEmpty()) {
            html.append("<h2>Cost as work grows</h2><pre style=\"white-space:pre-wrap\">").append(escape(scaling)).append("</pre>");
            for (XYChart chart : scalingCharts(report.findings().scaling())) {
                appendImage(html, chart);
            }
        }
        String faults = faultsTable(report);
        if (!faults.isEmpty()) {
            html.append("<h2>Faults</h2><pre style=\"white-space:pre-wrap\">").append(escape(faults)).append("</pre>");
        }
        html.append("<h2>How each figure is measured</h2><pre style=\"white-space:pre-wrap\">")
                .append(escape(report.setup().method().get("howMeasured"))).append("</pre>");
        html.append("<h2>Runs</h2><table><tr><th>job</th><th>engine</th><th>run</th><th>correct</th><th>failure</th><th>differences</th><th>log</th></tr>");
        for (RunResult run : report.findings().runs()) {
            html.append("<tr><td>").append(escape(run.identity().job())).append("</td><td>").append(escape(run.identity().engine()))
                    .append("</td><td>").append(run.run()).append("</td><td").append(run.correct() ? ">yes" : " class=\"wrong\">no")
                    .append("</td><td>").append(escape(run.failure() == null ? "" : run.failure()))
                    .append("</td><td>").append(escape(String.join("; ", run.verdict().differences().first())))
                    .append("</td><td><a href=\"").append(escape(run.log())).append("\">log</a></td></tr>");
        }
        html.append("</table><h2>Machine and input</h2><pre>").append(escape(String.valueOf(report.setup().machine())))
                .append('\n').append(escape(String.valueOf(report.setup().versions()))).append('\n')
                .append(escape(flat(report.setup().input()))).append('\n')
                .append(escape(String.valueOf(report.setup().settings()))).append("</pre></body></html>\n");
        return html.toString();
    }

    /** {@code chart} as a PNG embedded in the page, so that report.html stands alone. */
    private static void appendImage(StringBuilder html, Chart<?, ?> chart) throws IOException {
        html.append("<img alt=\"").append(escape(chart.getTitle())).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG)))
                .append("\">");
    }

    /** Throughput (median, with min and max markers), latency percentiles, start-up, CPU and RSS. */
    static List<CategoryChart> charts(List<Summary> rows) {
        List<CategoryChart> charts = new ArrayList<>();
        List<String> jobs = rows.stream().map(r -> r.identity().job()).distinct().toList();
        List<String> engines = rows.stream().map(r -> r.identity().engine()).distinct().toList();

        boolean repeated = rows.stream().anyMatch(r -> r.runs() > 1);
        // Tall enough for the legend: one entry per engine, three with min and max markers.
        int legendEntries = engines.size() * (repeated ? 3 : 1);
        CategoryChart throughput = chart("Throughput, max-rate phase (words/s; medians, markers: min and max of the runs)", "words/s",
                Math.max(380, 60 + 26 * legendEntries));
        for (String engine : engines) {
            addSeries(throughput, engine, jobs, rows, engine, r -> r.throughput().median());
        }
        for (String engine : repeated ? engines : List.<String>of()) {
            addMarkers(throughput, engine + " min", jobs, rows, engine, r -> r.throughput().min());
            addMarkers(throughput, engine + " max", jobs, rows, engine, r -> r.throughput().max());
        }
        charts.add(throughput);

        List<Summary> streaming = rows.stream().filter(r -> r.latencyMs().p50() != null).toList();
        if (!streaming.isEmpty()) {
            CategoryChart latency = chart("End-to-end latency, fixed-rate phase (ms, includes the batch interval)", "ms");
            List<String> labels = streaming.stream().map(r -> r.identity().job() + " " + r.identity().engine()).toList();
            Map<String, Function<Summary, Double>> percentiles = new LinkedHashMap<>();
            percentiles.put("p50", r -> r.latencyMs().p50());
            percentiles.put("p95", r -> r.latencyMs().p95());
            percentiles.put("p99", r -> r.latencyMs().p99());
            percentiles.put("max", r -> r.latencyMs().max());
            percentiles.forEach((name, figure) -> latency.addSeries(name, labels,
                    streaming.stream().map(r -> (Number) figure.apply(r)).toList()));
            charts.add(latency);
        }
        charts.add(perEngine("Start-up: JVM spawned → job ready (ms)", "ms", jobs, engines, rows, r -> r.costs().startupMs()));
        charts.add(perEngine("CPU seconds of the child's process tree", "s", jobs, engines, rows, r -> r.costs().cpuSeconds()));
        charts.add(perEngine("Peak RSS of the child's process tree (MiB)", "MiB", jobs, engines, rows, r -> r.costs().peakRssMiB()));
        return charts;
    }

    private static CategoryChart perEngine(String title, String unit, List<String> jobs, List<String> engines,
                                           List<Summary> rows, Function<Summary, Double> figure) {
        CategoryChart chart = chart(title, unit);
        engines.forEach(engine -> addSeries(chart, engine, jobs, rows, engine, figure));
        return chart;
    }

    private static CategoryChart chart(String title, String unit) {
        return chart(title, unit, 380);
    }

    private static CategoryChart chart(String title, String unit, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(height).title(title).yAxisTitle(unit).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setOverlapped(false);
        return chart;
    }

    private static List<Number> figures(List<String> jobs, List<Summary> rows, String engine, Function<Summary, Double> figure) {
        List<Number> values = new ArrayList<>();
        for (String job : jobs) {
            Double value = rows.stream().filter(r -> r.identity().job().equals(job) && r.identity().engine().equals(engine))
                    .map(figure).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            values.add(value); // no figure, no bar (not a bar at 0)
        }
        return values;
    }

    private static void addSeries(CategoryChart chart, String name, List<String> jobs, List<Summary> rows, String engine,
                                  Function<Summary, Double> figure) {
        chart.addSeries(name, jobs, figures(jobs, rows, engine, figure));
    }

    private static void addMarkers(CategoryChart chart, String name, List<String> jobs, List<Summary> rows, String engine,
                                   Function<Summary, Double> figure) {
        CategorySeries series = chart.addSeries(name, jobs, figures(jobs, rows, engine, figure));
        series.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
    }

    /** The input as report.html has always shown it: the flat record it once was, {@code Input[seed=…, …, warmUp=…]}. */
    static String flat(Report.Input input) {
        Report.Input.Text t = input.text();
        Report.Input.FixedRate f = input.fixedRate();
        return "Input[seed=" + t.seed() + ", repeat=" + t.repeat() + ", sha256=" + t.sha256() + ", bytes=" + t.bytes()
                + ", lines=" + t.lines() + ", words=" + t.words() + ", distinct=" + t.distinct() + ", fixedRateLinesPerSecond="
                + f.linesPerSecond() + ", fixedRateSeconds=" + f.seconds() + ", markerEveryMillis=" + f.markerEveryMillis()
                + ", warmUp=" + input.warmUp() + "]";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
