package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.report.SustainableProbe;
import dev.streamcompare.harness.report.SustainableResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The search for the highest rate a job keeps up with, whatever a probe is: from the start rate,
 * doubling until the first probe that falls behind (halving instead while none has kept up), then
 * bisection between the highest rate kept up with and the lowest not, until they are within
 * {@value #PRECISION} × of each other. At most {@code maxProbes} probes: a search stopped by that
 * bound before it ended says so, and its ceiling is a lower bound only.
 */
final class RateSearch {

    /** The search ends when the lowest rate not kept up with is less than this × the highest kept up with. */
    static final double PRECISION = 1.15;

    /** One probe at a rate: whether the job kept up with it, and how. */
    interface Probe {
        SustainableProbe at(int linesPerSecond) throws IOException, InterruptedException;
    }

    private RateSearch() {}

    static SustainableResult.Search run(int startRate, int maxProbes, Probe probe) throws IOException, InterruptedException {
        return run(startRate, maxProbes, probe, () -> false);
    }

    /** The same, ended early (as by the probe limit) once {@code stop} says so after a probe: the job can take no more. */
    static SustainableResult.Search run(int startRate, int maxProbes, Probe probe, BooleanSupplier stop)
            throws IOException, InterruptedException {
        List<SustainableProbe> probes = new ArrayList<>();
        SustainableProbe best = null;
        Integer fellBehindAt = null;
        int rate = startRate;
        while (true) {
            SustainableProbe result = probe.at(rate);
            probes.add(result);
            if (result.sustained()) {
                best = best == null || rate > best.linesPerSecond() ? result : best;
            } else {
                fellBehindAt = fellBehindAt == null ? rate : Math.min(fellBehindAt, rate);
            }
            Integer next = next(best == null ? 0 : best.linesPerSecond(), fellBehindAt);
            if (next == null) {
                return new SustainableResult.Search(List.copyOf(probes), best, fellBehindAt, false);
            }
            if (probes.size() >= maxProbes || stop.getAsBoolean()) {
                return new SustainableResult.Search(List.copyOf(probes), best, fellBehindAt, true);
            }
            rate = next;
        }
    }

    /** The next rate to probe between {@code kept} (0: none yet) and {@code behind} (null: none yet), or null when done. */
    private static Integer next(int kept, Integer behind) {
        if (behind == null) {
            return kept > Integer.MAX_VALUE / 2 ? null : kept * 2;
        }
        if (kept == 0) {
            return behind / 2 >= 1 ? behind / 2 : null;
        }
        int middle = kept + (behind - kept) / 2;
        return (double) behind / kept < PRECISION || middle == kept ? null : middle;
    }
}
