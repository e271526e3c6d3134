package dev.streamcompare.structured;

import org.apache.spark.sql.streaming.StateOperatorProgress;
import org.apache.spark.sql.streaming.StreamingQueryListener;

/**
 * One line on stderr per micro-batch of a stateful query, {@code state commit: batch=N ms=M rows=R}:
 * the time its state stores took to commit (Spark's {@code commitTimeMs}, summed over the query's
 * stateful operators) and the rows they hold. What the harness reads a run's state commit times
 * from, as it reads Flink's "Completed checkpoint" lines; Spark reports them in its progress events
 * only, which it does not log at the jobs' level.
 */
final class StateCommits extends StreamingQueryListener {

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
        // nothing committed yet
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
        StateOperatorProgress[] operators = event.progress().stateOperators();
        if (operators.length == 0) {
            return;
        }
        long millis = 0;
        long rows = 0;
        for (StateOperatorProgress operator : operators) {
            millis += operator.commitTimeMs();
            rows += operator.numRowsTotal();
        }
        System.err.println("state commit: batch=" + event.progress().batchId() + " ms=" + millis + " rows=" + rows);
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
        // the query's own failure, if any, is the job's to report
    }
}
