package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.util.List;

/**
 * What a comparison runs: which engines, variants and jobs, whether the plain-Java baseline and the
 * peer run beside them, and how many times each.
 */
public record Selection(List<Engine> engines, List<Variant> variants, List<Job> jobs, boolean baseline, boolean peer, int runs) {}
