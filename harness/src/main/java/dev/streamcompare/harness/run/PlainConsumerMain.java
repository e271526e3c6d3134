package dev.streamcompare.harness.run;

import dev.streamcompare.testkit.PlainConsumer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The baseline's child JVM: the seed's consumer.py without an engine ({@link PlainConsumer}), on
 * {@code 127.0.0.1:PORT}, printing the top {@code N} words; the entry point the harness starts it
 * through (the {@code consume} command of {@code ./compare.sh} does the same by hand).
 */
public final class PlainConsumerMain {

    private PlainConsumerMain() {}

    /** {@code PORT TOP}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PlainConsumerMain PORT TOP");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (PlainConsumer consumer = PlainConsumer.listen("127.0.0.1", Integer.parseInt(args[0]), Integer.parseInt(args[1]),
                out::println)) {
            System.err.println("consume: listening on 127.0.0.1:" + consumer.port());
            consumer.acceptAndCount();
        }
        out.flush();
    }
}
