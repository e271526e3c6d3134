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

    @Option(names = "--max-retry", defaultValue = "0", paramLabel = "N",
            description = "When the server closes or is not there: connect again every 500 ms, N times, -1 for ever "
                    + "(default: ${DEFAULT-VALUE}, the stream ends; Flink's socketTextStream maxRetry). Spark's receiver "
                    + "always connects again, every 2 s, for ever.")
    public int maxRetry;

    @Override
    public void validate() {
        super.validate();
        if (port < 1 || port > 65_535) {
            throw new BadInputException("--port must be 1..65535, got " + port);
        }
        if (maxRetry < -1) {
            throw new BadInputException("--max-retry must be -1 (for ever) or more, got " + maxRetry);
        }
    }

    @Override
    public String describe() {
        return "host=" + host + " port=" + port + " max-retry=" + maxRetry + " " + super.describe();
    }
}
