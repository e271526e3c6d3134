package dev.streamcompare.common;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Options of the socket word count: a TCP text server to read lines from (the seed's nc -lk). */
@Command(sortOptions = false,
        description = "Counts the words of the lines read from a TCP text server (like `nc -lk PORT`), per batch.")
public class SocketOptions extends StreamOptions {

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "HOST",
            description = "Text server host (default: ${DEFAULT-VALUE}).")
    public String host;

    @Option(names = "--port", required = true, paramLabel = "PORT", description = "Text server port.")
    public int port;

    @Override
    public void validate() {
        super.validate();
        if (port < 1 || port > 65_535) {
            throw new BadInputException("--port must be 1..65535, got " + port);
        }
    }

    @Override
    public String describe() {
        return "host=" + host + " port=" + port + " " + super.describe();
    }
}
