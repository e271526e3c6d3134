package dev.streamcompare.harness.run;

import dev.streamcompare.harness.feed.Workload;
import dev.streamcompare.harness.report.Identity;
import dev.streamcompare.harness.report.Latency;
import dev.streamcompare.harness.report.Resources;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.report.Throughput;
import dev.streamcompare.harness.report.Verdict;
import dev.streamcompare.testkit.PlainConsumer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The baseline's run: the seed's plain consumer, no engine, fed the max-rate input through a
 * socket. Throughput is words / (its end-of-stream line − first byte); correct when its end line and
 * final top five are the reference's.
 */
public final class BaselineRun {

    private final RunContext context;
    private final Workload workload;
    private final List<String> lastTop = new ArrayList<>();
    private final CompletableFuture<Long> endOfStream = new CompletableFuture<>();
    private volatile String endLine;

    public BaselineRun(RunContext context, Workload workload) {
        this.context = context;
        this.workload = workload;
    }

    public RunResult run(int run, RunEvents events) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (RunningJob job = context.startHarnessChild("consume-plain-java-" + run, PlainConsumerMain.class, this::line,
                Integer.toString(port), "5")) {
            String failure = null;
            Long startupMs = null;
            RunResult.Phase phase = null;
            try {
                events.phase("start-up", 0, workload.words());
                Socket socket = connectWithRetry(port, job.spawnedMillis() + job.timeout().toMillis());
                startupMs = System.currentTimeMillis() - job.spawnedMillis();
                events.phase("max rate", 0, workload.words());
                phase = send(socket, job.timeout());
            } catch (TimeoutException | ExecutionException | IOException e) {
                failure = "the consumer gave no end of stream: " + e;
            }
            OptionalInt exit = job.waitFor(Duration.ofSeconds(10));
            Integer exitCode = exit.isPresent() ? exit.getAsInt() : job.stop();
            MonitoredChild child = job.child();
            return new RunResult(Identity.BASELINE, run, verdict(failure, exitCode),
                    new Throughput(phase == null ? null : workload.words() / phase.seconds(), phase), Latency.NONE,
                    new Resources(startupMs, child.cpuSeconds(), child.peakRssBytes()), child.harnessCpuSeconds(), child.relativeLog(), null);
        }
    }

    private void line(String line) {
        if (line.startsWith("end of stream: ")) {
            endLine = line;
            endOfStream.complete(System.currentTimeMillis());
        } else if (endOfStream.isDone()) {
            synchronized (lastTop) {
                lastTop.add(line);
            }
        }
    }

    private RunResult.Phase send(Socket socket, Duration timeout)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        long first = System.currentTimeMillis();
        try (socket) {
            workload.writeTo(socket.getOutputStream());
            socket.shutdownOutput();
            long done = endOfStream.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new RunResult.Phase(workload.words(), (done - first) / 1000.0, 0);
        }
    }

    private Verdict verdict(String failure, Integer exitCode) {
        String expectedEnd = "end of stream: " + workload.words() + " words, " + workload.counts().size() + " distinct";
        String expectedTop = PlainConsumer.format(workload.top(5));
        List<String> top;
        synchronized (lastTop) {
            top = List.copyOf(lastTop);
        }
        String end = endLine;
        boolean correct = failure == null && expectedEnd.equals(end) && top.equals(List.of(expectedTop));
        List<String> first = correct ? List.of() : List.of("expected '" + expectedEnd + "' then '" + expectedTop
                + "', got '" + end + "' then " + top);
        return new Verdict(correct, failure, exitCode, workload.words(), end == null ? 0 : Long.parseLong(end.split(" ")[3]),
                correct ? RunResult.Differences.NONE : new RunResult.Differences(0, 0, 1, first));
    }

    private static Socket connectWithRetry(int port, long deadlineMillis) throws IOException, InterruptedException {
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
                return socket;
            } catch (IOException e) {
                socket.close();
                if (System.currentTimeMillis() > deadlineMillis) {
                    throw new IOException("the consumer did not listen on port " + port + " in time");
                }
                Thread.sleep(20);
            }
        }
    }
}
