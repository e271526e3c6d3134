package dev.streamcompare.harness.scenario;

import dev.streamcompare.common.JobArgs;
import dev.streamcompare.harness.feed.LineProducer;
import dev.streamcompare.harness.output.CheckpointWatch;
import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.run.RunningJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Socket input of a kill-and-recover run: the lines in {@link #PIECES} pieces, each with its
 * sentinel, written by a {@link LineProducer} at a pace that sends them all in
 * {@link #INPUT_SECONDS} (it waits while no job is connected). Killed at 1/8, 3/8 and 5/8 of the
 * lines written. What each kill may lose ({@link LossBound}) is read from the producer's record of
 * its writes and connections and from the checkpoint the restarted job went back to.
 */
final class SocketKillInput implements KillInput {

    static final int PIECES = 48;
    static final double INPUT_SECONDS = 24;

    private final FaultInput input;
    private final LineProducer producer;
    private final CheckpointWatch checkpoints;
    private final long batchMillis;
    /** Per kill: the moment the restored checkpoint holds the job's reads before, and the connection killed. */
    private final List<Long> holdsReadsBefore = new ArrayList<>();
    private final List<Integer> killedConnection = new ArrayList<>();

    SocketKillInput(List<String> text, CheckpointWatch checkpoints, long batchMillis) throws IOException {
        this.input = FaultInput.of("fault-kill-socket", text, PIECES);
        this.producer = new LineProducer(input.lines(), (int) Math.max(1, input.lines().size() / INPUT_SECONDS));
        this.checkpoints = checkpoints;
        this.batchMillis = batchMillis;
    }

    @Override
    public JobArgs args(JobArgs common) {
        return common.socket("127.0.0.1", producer.port());
    }

    @Override
    public void begin(RunningJob job) {
        producer.start();
    }

    @Override
    public void awaitKillPoint(int kill, RunningJob job) throws InterruptedException, TimeoutException {
        FaultWaits.awaitWritten(producer, (int) ((long) input.lines().size() * (2L * kill + 1) / (2L * KillAndRecover.SPELLS)), job);
    }

    @Override
    public int toCome() {
        return input.piecesToCome(producer.sent());
    }

    @Override
    public void killing(int kill) {
        long now = System.currentTimeMillis();
        // No completed checkpoint seen (the watch polls; the kill waited for one in the folder): nothing before the
        // kill is allowed to be lost, so a loss fails the run rather than passing against a bound of everything.
        holdsReadsBefore.add(checkpoints.newestBefore(now).map(c -> c.holdsReadsBefore(batchMillis)).orElse(now));
        killedConnection.add(producer.connections() - 1);
    }

    @Override
    public void published(int kill) {
        // the producer goes on by itself once the restarted job has connected
    }

    @Override
    public void awaitAllSent(RunningJob job) throws InterruptedException, TimeoutException {
        FaultWaits.awaitWritten(producer, FaultWaits.ALL, job);
    }

    @Override
    public Map<String, Long> expected() {
        return input.expected();
    }

    @Override
    public int pieces() {
        return PIECES;
    }

    private LossBound.Stretch stretch(int kill) {
        List<LineProducer.Connection> connections = producer.connectionsSoFar();
        int index = killedConnection.get(kill);
        int end = index < 0 || index >= connections.size() || connections.get(index).endLine() < 0 ? producer.sent()
                : connections.get(index).endLine();
        return LossBound.stretch(producer.timeline(), holdsReadsBefore.get(kill), end);
    }

    private List<LossBound.Stretch> stretches() {
        List<LossBound.Stretch> stretches = new ArrayList<>();
        for (int kill = 0; kill < holdsReadsBefore.size(); kill++) {
            stretches.add(stretch(kill));
        }
        return stretches;
    }

    @Override
    public FaultResult.Kill kill(int kill, int toComeAtKill, int toComeAtFirstBatch) {
        return new FaultResult.Kill(toComeAtKill, toComeAtFirstBatch, LossBound.words(input, List.of(stretch(kill))), null);
    }

    @Override
    public FaultResult.Counts judged(FaultResult.Counts counts, Map<String, Long> counted) {
        List<LossBound.Stretch> stretches = stretches();
        List<Integer> missing = input.missing(counted);
        return counts.bounded(LossBound.words(input, stretches), missing.size(), LossBound.piecesBeyond(input, missing, stretches));
    }

    @Override
    public String outcome() {
        return "producer: " + producer.connections() + " connections, " + producer.sent() + " of " + input.lines().size()
                + " lines written";
    }

    @Override
    public void close() throws IOException {
        producer.close();
    }
}
