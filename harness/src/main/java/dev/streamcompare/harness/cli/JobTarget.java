package dev.streamcompare.harness.cli;

import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** {@code <engine> <job> [job options]}: what {@code run} and {@code submit} start, the job's options passed on unchanged. */
final class JobTarget {

    @Parameters(index = "0", paramLabel = "<engine>", description = "One of: ${COMPLETION-CANDIDATES}.",
            converter = LowerCaseEnums.EngineConverter.class, completionCandidates = LowerCaseEnums.EngineNames.class)
    Engine engine;

    @Parameters(index = "1", paramLabel = "<job>", description = "One of: ${COMPLETION-CANDIDATES}.",
            converter = LowerCaseEnums.JobConverter.class, completionCandidates = LowerCaseEnums.JobNames.class)
    Job job;

    @Parameters(index = "2..*", paramLabel = "<job options>", description = "Passed to the job unchanged.")
    List<String> jobOptions = new ArrayList<>();
}
