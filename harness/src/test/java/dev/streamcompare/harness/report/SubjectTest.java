package dev.streamcompare.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.StateBackend;
import dev.streamcompare.common.Variant;
import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void aJobOnAnEngineIsLabelledAsReportsHaveAlwaysNamedIt() {
        assertThat(Identity.of(Job.SOCKET, Engine.FLINK)).extracting(Identity::job, Identity::engine)
                .containsExactly("socket", "flink");
        assertThat(Identity.of(Job.STATEFUL_FILE, Engine.SPARK, Variant.TUNED)).extracting(Identity::job, Identity::engine)
                .containsExactly("stateful-file", "spark-tuned");
        assertThat(Identity.of(Job.FILE, Engine.SPARK_STRUCTURED)).extracting(Identity::job, Identity::engine)
                .containsExactly("file", "spark-structured");
        assertThat(Identity.BASELINE).extracting(Identity::job, Identity::engine).containsExactly("consume", "plain-java");
    }

    @Test
    void labelsReadBackToTheTypedSubject() {
        assertThat(Identity.parse("socket", "flink-tuned").subject())
                .isEqualTo(new Subject.EngineJob(Job.SOCKET, Engine.FLINK, Variant.TUNED));
        assertThat(Identity.parse("stateful", "spark-structured").subject())
                .isEqualTo(new Subject.EngineJob(Job.STATEFUL, Engine.SPARK_STRUCTURED, Variant.FAITHFUL));
        assertThat(Identity.parse("consume", "plain-java").subject()).isEqualTo(Subject.Baseline.PLAIN_JAVA);
        for (Job job : Job.values()) {
            for (Engine engine : Engine.values()) {
                for (Variant variant : Variant.values()) {
                    Identity identity = Identity.of(job, engine, variant);
                    assertThat(Identity.parse(identity.job(), identity.engine())).isEqualTo(identity);
                    for (StateBackend state : engine.states()) {
                        Identity onState = Identity.of(job, engine, variant, state);
                        assertThat(Identity.parse(onState.job(), onState.engine())).isEqualTo(onState);
                    }
                }
            }
        }
    }

    @Test
    void aStateBackendAskedForIsTheLabelsLastSuffixAndTheDefaultIsUnnamed() {
        assertThat(Identity.of(Job.STATEFUL, Engine.FLINK, Variant.TUNED, StateBackend.ROCKSDB).engine()).isEqualTo("flink-tuned-rocksdb");
        assertThat(Identity.of(Job.STATEFUL_FILE, Engine.SPARK_STRUCTURED, Variant.FAITHFUL, StateBackend.HDFS).engine())
                .isEqualTo("spark-structured-hdfs");
        assertThat(Identity.of(Job.STATEFUL_FILE, Engine.SPARK_STRUCTURED, Variant.FAITHFUL, null).engine()).isEqualTo("spark-structured");
        assertThat(Identity.parse("stateful", "spark-rdd").subject())
                .isEqualTo(new Subject.EngineJob(Job.STATEFUL, Engine.SPARK, Variant.FAITHFUL, StateBackend.RDD));
    }

    @Test
    void labelsOfNoJobOrEngineAreRefused() {
        assertThatThrownBy(() -> Identity.parse("socket", "storm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no engine is labelled 'storm'");
        assertThatThrownBy(() -> Identity.parse("consume", "flink")).hasMessage("no job is labelled 'consume'");
        assertThatThrownBy(() -> Identity.parse("socket", "plain-java")).hasMessage("no engine is labelled 'plain-java'");
    }

    @Test
    void onlyJobsThatPublishBatchesAreStreaming() {
        assertThat(Subject.of(Job.SOCKET, Engine.SPARK).streaming()).isTrue();
        assertThat(Subject.of(Job.STATEFUL_FILE, Engine.FLINK).streaming()).isTrue();
        assertThat(Subject.of(Job.BATCH, Engine.FLINK).streaming()).isFalse();
        assertThat(Subject.Baseline.PLAIN_JAVA.streaming()).isFalse();
    }

    @Test
    void onlyTheTunedVariantIsTuned() {
        assertThat(Subject.of(Job.SOCKET, Engine.FLINK, Variant.TUNED).tuned()).isTrue();
        assertThat(Subject.of(Job.SOCKET, Engine.FLINK).tuned()).isFalse();
        assertThat(Subject.Baseline.PLAIN_JAVA.tuned()).isFalse();
    }
}
