package dev.streamcompare.harness.cli;

import dev.streamcompare.testkit.PlainConsumer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code consume}: the seed's consumer.py, a running word count without an engine. */
@Command(name = "consume", mixinStandardHelpOptions = true,
        description = "Listens on a port, accepts one connection and keeps a running word count, printing the "
                + "top words as data arrives (the seed's consumer.py). Ends when the sender closes.")
final class ConsumeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListenOptions listen;

    @Option(names = "--top", defaultValue = "5", paramLabel = "N", description = "Words to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws Exception {
        int port = listen.port();
        PrintWriter out = spec.commandLine().getOut();
        try (PlainConsumer consumer = PlainConsumer.listen(listen.bind, port, top, line -> {
            out.println(line);
            out.flush();
        })) {
            spec.commandLine().getErr().println("consume: listening on " + listen.bind + ":" + consumer.port());
            consumer.acceptAndCount();
        }
        out.flush();
        return 0;
    }
}
