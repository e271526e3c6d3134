package dev.streamcompare.harness.scenario;

import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.BuildInfo;
import dev.streamcompare.harness.run.JobRunner;
import dev.streamcompare.harness.run.RunContext;
import dev.streamcompare.harness.run.RunListener;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every scenario runs with: the settings, the input, the runner of its runs and their
 * context, the listener of their events, and the console for lines of its own.
 *
 * @param quick the short form ({@code --quick}): the scaling runs use smaller inputs
 */
record ScenarioContext(CompareSettings settings, Path seed, Workload workload, JobRunner runner, RunListener listener,
                       PrintWriter console, BuildInfo build, boolean quick) {

    RunContext run() {
        return runner.context();
    }
}
