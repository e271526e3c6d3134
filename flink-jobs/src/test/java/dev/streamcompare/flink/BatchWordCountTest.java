package dev.streamcompare.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCount;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchWordCountTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void printsTheSeedsTopFiveOfUlysses() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        List<WordCount> top = BatchWordCount.topWords(env, ProjectHome.seedText().toString(), 5);

        assertThat(top).containsExactly(
                new WordCount("the", 13600), new WordCount("of", 8127), new WordCount("and", 6542),
                new WordCount("a", 5842), new WordCount("to", 4787));
    }
}
