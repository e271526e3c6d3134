package dev.streamcompare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.ProjectHome;
import dev.streamcompare.common.WordCounter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlainSocketPairTest {

    @Test
    void consumerCountsOverLoopbackEqualTheReference() throws Exception {
        Path seed = ProjectHome.seedText();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PlainConsumer consumer = PlainConsumer.listen("127.0.0.1", 0, 5, new PrintStream(printed, true, StandardCharsets.UTF_8)::println)) {
            CompletableFuture<WordCounter> counted = CompletableFuture.supplyAsync(() -> {
                try {
                    return consumer.acceptAndCount();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            long lines = new LineSender(seed, Duration.ZERO, 1).sendTo("127.0.0.1", consumer.port());
            WordCounter result = counted.get(60, TimeUnit.SECONDS);

            assertThat(lines).isEqualTo(java.nio.file.Files.readAllLines(seed).size());
            assertThat(result.toMap()).isEqualTo(WordCounter.countFile(seed).toMap());
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("end of stream: 267976 words, 50106 distinct")
                .contains("[(the, 13600), (of, 8127), (and, 6542), (a, 5842), (to, 4787)]");
    }

    @Test
    void senderSaysInOneLineThatNothingListens() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        LineSender sender = new LineSender(ProjectHome.seedText(), Duration.ZERO, 1);
        assertThatThrownBy(() -> sender.sendTo("127.0.0.1", freePort))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("nothing listens on 127.0.0.1:" + freePort);
    }

    @Test
    void consumerSaysInOneLineThatThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> PlainConsumer.listen("127.0.0.1", taken.getLocalPort(), 5, System.out::println))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
