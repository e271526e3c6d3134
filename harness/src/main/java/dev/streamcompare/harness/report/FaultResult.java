package dev.streamcompare.harness.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;

/**
 * What one fault run found, as report.json records it: each group's fields in line, in this order.
 * Its verdict ({@link #status()}) is worked out from these fields alone, so a report read back
 * judges as it did when written.
 *
 * @param fault       which fault: {@code kill and recover}, {@code producer failure}, {@code file written in place}
 * @param identity    the job and engine it was done to
 * @param expectExact whether the input can be replayed, so that exact counts are the pass mark; if not,
 *                    the counts pass within {@link Counts#lossBound()}, and never without one
 * @param counts      words expected and counted, lost and counted twice, the bound on the loss, the pieces lost
 * @param recovery    when it was killed, how long it took to publish again, how big its checkpoint was,
 *                    how much input was still to come at each kill
 * @param outcome     what happened, in words ({@code not run: …} for a fault the engine cannot take); may be empty
 * @param failure     why the harness could not carry the run through, or null
 * @param logs        the children's logs, relative to the report folder
 * @param finding     what the job did that the scenario does not judge (it ended on its own), or null: never a pass
 */
public record FaultResult(String fault, @JsonUnwrapped Identity identity, boolean expectExact, @JsonUnwrapped Counts counts,
                          @JsonUnwrapped Recovery recovery, String outcome, String failure, List<String> logs, String finding) {

    /**
     * Lost and doubled are word occurrences, summed over words.
     *
     * @param lossBound             words the job may lose by the scenario's design (socket input: what was written
     *                              after the checkpoint each kill went back to), or null where exact counts are the mark
     * @param piecesLost            input pieces whose sentinel word is missing from the counts, or null (no sentinels)
     * @param piecesLostBeyondBound of those, pieces lying outside everything the bound allows to be lost, or null
     */
    public record Counts(long wordsExpected, long wordsCounted, long lost, long doubled, Long lossBound, Integer piecesLost,
                         Integer piecesLostBeyondBound) {
        public static final Counts NONE = of(0, 0, 0, 0);

        /** Counts without a bound or sentinels. */
        public static Counts of(long wordsExpected, long wordsCounted, long lost, long doubled) {
            return new Counts(wordsExpected, wordsCounted, lost, doubled, null, null, null);
        }

        /** The same counts with the loss bounded by {@code bound} words and the pieces lost within and beyond it. */
        public Counts bounded(long bound, int lostPieces, int lostBeyond) {
            return new Counts(wordsExpected, wordsCounted, lost, doubled, bound, lostPieces, lostBeyond);
        }

        /** The same counts with the pieces lost (exact scenarios: every lost piece is beyond the bound of none). */
        public Counts withPiecesLost(int lostPieces) {
            return new Counts(wordsExpected, wordsCounted, lost, doubled, lossBound, lostPieces, lostPieces);
        }
    }

    /**
     * @param killedAfterCheckpointMillis per kill: milliseconds since the checkpoint before it completed
     * @param recoveryMillis              per kill: kill → first batch published again
     * @param checkpointBytes             the checkpoint folder's size at the end, or null
     * @param pieces                      pieces the input came in (files, or runs of lines each with its sentinel), or null
     * @param kills                       per kill: the input still to come, and the loss it may cause
     */
    public record Recovery(List<Long> killedAfterCheckpointMillis, List<Long> recoveryMillis, Long checkpointBytes, Integer pieces,
                           List<Kill> kills) {
        public static final Recovery NONE = new Recovery(List.of(), List.of(), null, null, List.of());

        public Recovery {
            kills = kills == null ? List.of() : kills;
        }
    }

    /**
     * One kill: the input pieces not yet arrived when the job was killed and when the restarted job
     * first published (both above 0: the kill fell while input still arrived, and the restarted
     * job read new input, not only what it recovered), and the words it may lose.
     *
     * @param toComeAtKill        pieces not yet (wholly) arrived at the kill
     * @param toComeAtFirstBatch  pieces not yet (wholly) arrived when the restarted job first published
     * @param lossBound           words written after the checkpoint it went back to (socket input), or null
     * @param onlyInCheckpoint    files emptied before the kill, their words left only in the checkpoint (file
     *                            input: above 0, or a restart that ignored its checkpoint would pass), or null
     */
    public record Kill(int toComeAtKill, int toComeAtFirstBatch, Long lossBound, Integer onlyInCheckpoint) {}

    /** The verdict of a fault run. */
    public enum Status {
        /** Exact counts, or a loss within its bound; every kill while input arrived; the job stopped when asked. */
        PASS,
        /** Counts beyond the mark, a kill after the input, a wait that ran out, a job that would not stop. */
        FAIL,
        /** The job did something the scenario does not judge (it ended on its own): reported with its log, not a pass. */
        FINDING,
        /** A fault the engine cannot take by design. */
        NOT_RUN
    }

    /**
     * What a socket job may have been written but not yet have read when a checkpoint began, in
     * milliseconds of input: Spark's 200 ms receiver blocks, the socket buffers, the harness's polls.
     */
    public static final long IN_FLIGHT_MILLIS = 500;

    private static final String NOT_RUN = "not run";

    /** A fault the engine cannot take, by design: reported with {@code why} (starting {@code not run: }), not failed. */
    public static FaultResult notRun(String fault, Identity identity, String why) {
        return new FaultResult(fault, identity, false, Counts.NONE, Recovery.NONE, why, null, List.of(), null);
    }

    /** A fault run the harness could not carry through: {@code why}. */
    public static FaultResult failed(String fault, Identity identity, String why) {
        return new FaultResult(fault, identity, false, Counts.NONE, Recovery.NONE, "", why, List.of(), null);
    }

    /** The same result with other counts (a bound on the loss, the pieces lost). */
    public FaultResult withCounts(Counts other) {
        return new FaultResult(fault, identity, expectExact, other, recovery, outcome, failure, logs, finding);
    }

    /** The same result with a finding: what the job did that the scenario does not judge. */
    public FaultResult withFinding(String what) {
        return new FaultResult(fault, identity, expectExact, counts, recovery, outcome, failure, logs, what);
    }

    /** The verdict: see {@link Status}. */
    @JsonIgnore
    public Status status() {
        if (!ran()) {
            return Status.NOT_RUN;
        }
        if (failure != null || !problems().isEmpty()) {
            return Status.FAIL;
        }
        return finding != null ? Status.FINDING : Status.PASS;
    }

    /** Whether the run went as it must (or could not be run by design): a finding is not a pass. */
    public boolean passed() {
        return status() == Status.PASS || status() == Status.NOT_RUN;
    }

    /** Why the counts or the kills miss the mark, one phrase each; empty if they do not (the failure aside). */
    @JsonIgnore
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!ran()) {
            return problems;
        }
        if (expectExact) {
            if (counts.lost() > 0) {
                problems.add(counts.lost() + " words lost");
            }
        } else if (counts.lossBound() == null) {
            problems.add("no bound on what may be lost");
        } else if (counts.lost() > counts.lossBound()) {
            problems.add(counts.lost() + " words lost, more than the " + counts.lossBound() + " the checkpoints allow");
        }
        if (counts.doubled() > 0) {
            problems.add(counts.doubled() + " words counted twice");
        }
        if (!expectExact && counts.piecesLostBeyondBound() != null && counts.piecesLostBeyondBound() > 0) {
            problems.add(counts.piecesLostBeyondBound() + " pieces lost outside what the checkpoints allow");
        }
        problems.addAll(killProblems());
        return problems;
    }

    private List<String> killProblems() {
        List<String> problems = new ArrayList<>();
        if (recovery.recoveryMillis().isEmpty()) {
            return problems;
        }
        if (recovery.kills().size() != recovery.recoveryMillis().size()) {
            problems.add("the input still to come at each kill was not recorded");
            return problems;
        }
        for (int k = 0; k < recovery.kills().size(); k++) {
            Kill kill = recovery.kills().get(k);
            if (kill.toComeAtKill() <= 0) {
                problems.add("kill " + (k + 1) + " fell after all the input had arrived");
            } else if (kill.toComeAtFirstBatch() <= 0) {
                problems.add("after kill " + (k + 1) + " all the input had arrived before the job published again");
            }
            if (kill.onlyInCheckpoint() != null && kill.onlyInCheckpoint() <= 0) {
                problems.add("no input was removed (a file emptied, or a topic's records deleted) before kill " + (k + 1)
                        + ": a restart that ignored its checkpoint would pass");
            }
        }
        return problems;
    }

    /** Whether the fault was done at all (not one the engine cannot take by design). */
    public boolean ran() {
        return !outcome.startsWith(NOT_RUN);
    }
}
