package dev.streamcompare.harness.cli;

import dev.streamcompare.harness.run.Ports;
import picocli.CommandLine.Option;

/** Where a server of the harness listens: the same two options on every command that starts one. */
final class ListenOptions {

    @Option(names = "--port", required = true, paramLabel = "P", description = "Port to listen on.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String bind;

    /** The port, checked. */
    int port() {
        return Ports.requireValid(port, "--port");
    }
}
