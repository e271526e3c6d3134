package dev.streamcompare.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.run.Setup;
import dev.streamcompare.harness.report.Job;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which state backends each job runs on per engine. */
class SelectionTest {

    private static Selection asking(StateBackend... states) {
        return new Selection(List.of(Engine.values()), List.of(Variant.FAITHFUL), List.of(Job.values()), Arrays.asList(states), 0,
                true, false, 1);
    }

    @Test
    void withoutStateEveryJobRunsOnceOnTheEnginesUnnamedDefault() {
        for (Engine engine : Engine.values()) {
            assertThat(asking().states(engine, Job.STATEFUL_FILE)).isEqualTo(Collections.singletonList(null));
        }
    }

    @Test
    void allRunsEachEnginesEveryBackendOnTheStatefulJobsOnly() {
        Selection all = asking(StateBackend.values());
        assertThat(all.states(Engine.FLINK, Job.STATEFUL)).containsExactly(StateBackend.HASHMAP, StateBackend.ROCKSDB, StateBackend.FORST);
        assertThat(all.states(Engine.SPARK_STRUCTURED, Job.STATEFUL_KAFKA)).containsExactly(StateBackend.HDFS, StateBackend.ROCKSDB);
        assertThat(all.states(Engine.SPARK, Job.STATEFUL_FILE)).containsExactly(StateBackend.RDD);
        assertThat(all.states(Engine.FLINK, Job.SOCKET)).isEqualTo(Collections.singletonList(null));
    }

    @Test
    void anEngineWithoutTheBackendAskedForSitsTheStatefulJobOut() {
        Selection rocks = asking(StateBackend.ROCKSDB);
        assertThat(rocks.states(Engine.FLINK, Job.STATEFUL_FILE)).containsExactly(StateBackend.ROCKSDB);
        assertThat(rocks.states(Engine.SPARK, Job.STATEFUL_FILE)).isEmpty();
        assertThat(rocks.states(Engine.SPARK, Job.FILE)).isEqualTo(Collections.singletonList(null));
    }

    @Test
    void rocksDbAddsStructuredStreamingsTransformWithStateRowToItsStatefulJobs() {
        Selection rocks = asking(StateBackend.ROCKSDB);
        assertThat(rocks.setups(Engine.SPARK_STRUCTURED, Job.STATEFUL_KAFKA)).containsExactly(
                Setup.of(Variant.FAITHFUL, StateBackend.ROCKSDB), new Setup(Variant.TRANSFORM_WITH_STATE, null, false));
        assertThat(rocks.setups(Engine.SPARK_STRUCTURED, Job.KAFKA)).containsExactly(Setup.of(Variant.FAITHFUL));
        assertThat(rocks.setups(Engine.FLINK, Job.STATEFUL)).containsExactly(Setup.of(Variant.FAITHFUL, StateBackend.ROCKSDB));
        assertThat(asking(StateBackend.HDFS).setups(Engine.SPARK_STRUCTURED, Job.STATEFUL))
                .containsExactly(Setup.of(Variant.FAITHFUL, StateBackend.HDFS));
        assertThat(asking().setups(Engine.SPARK_STRUCTURED, Job.STATEFUL)).containsExactly(Setup.of(Variant.FAITHFUL));
    }

    @Test
    void withDistinctTheStatefulRunsPublishChangesAndTheOthersDoNot() {
        Selection distinct = new Selection(List.of(Engine.values()), List.of(Variant.FAITHFUL), List.of(Job.values()),
                List.of(StateBackend.ROCKSDB), 1_000, true, false, 1);
        assertThat(distinct.setups(Engine.FLINK, Job.STATEFUL_FILE)).containsExactly(new Setup(Variant.FAITHFUL, StateBackend.ROCKSDB, true));
        assertThat(distinct.setups(Engine.SPARK_STRUCTURED, Job.STATEFUL_FILE)).containsExactly(
                new Setup(Variant.FAITHFUL, StateBackend.ROCKSDB, true), new Setup(Variant.TRANSFORM_WITH_STATE, null, true));
        assertThat(distinct.setups(Engine.FLINK, Job.FILE)).containsExactly(Setup.of(Variant.FAITHFUL));
    }
}
