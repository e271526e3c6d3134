package dev.streamcompare.harness.report.render;

import dev.streamcompare.harness.report.FrontierPoint;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Report;
import dev.streamcompare.harness.report.Stats;
import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The reports the render tests read: the full golden report.json (runs, reference rate, peer,
 * sustainable rate, faults, soak, scaling), with two points of a latency–throughput frontier added,
 * one of them a wrong run.
 */
final class RenderFixtures {

    private RenderFixtures() {}

    /** The full golden report with a frontier, read through {@code folder}. */
    static Report full(Path folder) throws IOException {
        try (InputStream in = RenderFixtures.class.getResourceAsStream("/golden/full/" + Report.FILE)) {
            Files.write(folder.resolve(Report.FILE), in.readAllBytes());
        }
        Report report = Report.read(folder);
        Report.Findings f = report.findings();
        return new Report(report.createdUtc(), report.commandLine(), report.setup(), new Report.Findings(f.runs(), f.sustainable(),
                f.faults(), f.soak(), f.referenceRateWordsPerSecond(), f.referenceRates(), f.scaling(), f.peer(),
                List.of(point(1000, true), point(200, false))));
    }

    private static FrontierPoint point(long intervalMs, boolean correct) {
        Identity identity = Identity.parse("stateful", "flink");
        SustainableResult sustainable = new SustainableResult(identity, 20_000, 160_000.0, 900.0, 4,
                List.of(new SustainableProbe(20_000, true, 900.0, 950.0, null), new SustainableProbe(40_000, false, null, null,
                        "fell behind")), 40_000, false);
        Latency latency = new Latency(new Stats.Percentiles(400.0, 800.0, 900.0, 950.0, 120), null, 120, 120);
        return new FrontierPoint(identity, intervalMs, null, sustainable, 16_000, latency, true, correct,
                correct ? null : "wrong counts");
    }
}
