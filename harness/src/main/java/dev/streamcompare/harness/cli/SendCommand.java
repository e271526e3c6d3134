package dev.streamcompare.harness.cli;

import dev.streamcompare.common.BadInputException;
import dev.streamcompare.common.InputFiles;
import dev.streamcompare.harness.run.Ports;
import dev.streamcompare.testkit.LineSender;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code send}: the seed's client.py, a text file sent line by line to a server. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Connects to HOST:PORT and sends a text file line by line, pausing after each line "
                + "(the seed's client.py), then closes.")
final class SendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--connect", required = true, paramLabel = "HOST:PORT", description = "Where the consumer listens.")
    String connect;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Text file to send, UTF-8.")
    String input;

    @Option(names = "--delay", defaultValue = "1", paramLabel = "SECONDS",
            description = "Pause after each line, in seconds, fractions allowed (default: ${DEFAULT-VALUE}, as the seed; 0: none).")
    BigDecimal delaySeconds;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N", description = "Send the file N times (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        int colon = connect.lastIndexOf(':');
        if (colon <= 0) {
            throw new BadInputException("--connect must be HOST:PORT, got '" + connect + "'");
        }
        String host = connect.substring(0, colon);
        int port = Ports.parse(connect.substring(colon + 1), "--connect");
        if (delaySeconds.signum() < 0) {
            throw new BadInputException("--delay must not be negative, got " + delaySeconds);
        }
        if (repeat < 1) {
            throw new BadInputException("--repeat must be at least 1, got " + repeat);
        }
        InputFiles.requireReadableFile(input);
        Duration delay = Duration.ofNanos(delaySeconds.movePointRight(9).longValue());
        long lines = new LineSender(Path.of(input), delay, repeat).sendTo(host, port);
        spec.commandLine().getErr().println("send: " + lines + " lines sent to " + connect);
        return 0;
    }
}
