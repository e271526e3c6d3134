package dev.streamcompare.harness.cli;

import dev.streamcompare.harness.live.LiveView;
import dev.streamcompare.harness.report.Engine;
import dev.streamcompare.harness.report.Job;
import dev.streamcompare.harness.scenario.CompareSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --no-live}, {@code --live-port}: the live view of a comparison, on loopback. */
final class LiveOptions {

    /** The live page's port unless taken: then one the system picks. */
    static final int DEFAULT_PORT = 8642;

    @Option(names = "--no-live", description = "No live view: do not serve the page that shows the runs as they happen.")
    boolean off;

    @Option(names = "--live-port", defaultValue = "" + DEFAULT_PORT, paramLabel = "PORT",
            description = "The live view's port on 127.0.0.1 (default: ${DEFAULT-VALUE}; if taken, another; 0: any).")
    int port;

    /** The live view, serving, its address printed; null with --no-live, or when it cannot be served (said in a line). */
    LiveView start(PrintWriter console, CompareSettings settings, String command) throws IOException {
        if (off) {
            return null;
        }
        if (port < 0 || port > 65535) {
            throw new dev.streamcompare.common.BadInputException("--live-port must be 0 to 65535, got " + port);
        }
        LiveView live;
        try {
            live = LiveView.start(port);
        } catch (IOException e) {
            console.println("Live view: not served (" + e.getMessage() + "); the comparison goes on without it");
            return null;
        }
        live.plan(command, settings.mode().toString().toLowerCase(Locale.ROOT),
                settings.selection().jobs().stream().map(Job::toString).toList(),
                settings.selection().engines().stream().map(Engine::toString).toList(), settings.selection().runs());
        console.println("Live view: " + live.url() + " (--no-live: none)");
        console.flush();
        return live;
    }
}
