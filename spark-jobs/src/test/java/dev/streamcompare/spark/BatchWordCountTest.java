package dev.streamcompare.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCount;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

class BatchWordCountTest {

    @Test
    void printsTheSeedsTopFiveOfUlysses() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("BatchWordCountTest").set("spark.ui.enabled", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<WordCount> top = BatchWordCount.topWords(sc, ProjectHome.seedText().toString(), 5);

            assertThat(top).containsExactly(
                    new WordCount("the", 13600), new WordCount("of", 8127), new WordCount("and", 6542),
                    new WordCount("a", 5842), new WordCount("to", 4787));
        }
    }
}
