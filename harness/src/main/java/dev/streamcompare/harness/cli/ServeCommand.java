package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.InputFiles;
import dev.streamcompare.testkit.TextServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the {@code nc -lk PORT} stand-in that feeds the socket jobs. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Listens on a port and sends a text file, line by line, once, to the first client. Clients "
                + "that connect later (a Spark receiver reconnecting) are accepted and get no data, so nothing is "
                + "counted twice. Runs until Ctrl-C.",
            "  ./compare.sh serve --port 9999 --input data/Ulysses.txt"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ListenOptions listen;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Text file to send, UTF-8.")
    String input;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N", description = "Send the file N times (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--rate", defaultValue = "max", paramLabel = "LINES_PER_S|max",
            description = "Lines per second, or max: as fast as the client reads (default: ${DEFAULT-VALUE}).")
    String rate;

    @Option(names = "--close-after",
            description = "Close the first connection right after the last line (the server goes on accepting). "
                    + "Without it, that connection stays open until the server is stopped.")
    boolean closeAfter;

    @Override
    public Integer call() throws Exception {
        int port = listen.port();
        if (repeat < 1) {
            throw new BadInputException("--repeat must be at least 1, got " + repeat);
        }
        int linesPerSecond = parseRate(rate);
        InputFiles.requireReadableFile(input);
        try (TextServer server = TextServer.start(listen.bind, port, Path.of(input), repeat, linesPerSecond, closeAfter)) {
            spec.commandLine().getErr().println("serve: listening on " + listen.bind + ":" + server.port() + "; Ctrl-C to stop");
            long lines = awaitSent(server);
            spec.commandLine().getErr().println("serve: " + lines + " lines sent" + (closeAfter ? ", connection closed" : ""));
            new CountDownLatch(1).await(); // serve (nothing more) until Ctrl-C
        }
        return 0;
    }

    private static long awaitSent(TextServer server) throws InterruptedException {
        try {
            return server.sent().get();
        } catch (ExecutionException e) {
            throw new BadInputException("sending failed: " + e.getCause().getMessage());
        }
    }

    static int parseRate(String rate) {
        if (rate.equals("max")) {
            return 0;
        }
        try {
            int value = Integer.parseInt(rate);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInputException("--rate must be a positive number of lines per second or 'max', got '" + rate + "'");
        }
    }
}
