package dev.streamcompare.harness.cli;

import dev.streamcompare.harness.report.FaultResult;
import dev.streamcompare.harness.report.PeerResult;
import dev.streamcompare.harness.report.RunResult;
import dev.streamcompare.harness.run.RunEvents;
import dev.streamcompare.harness.run.RunListener;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * One progress line per run: a live bar on a terminal (job, engine, run i/N, phase, words
 * counted, elapsed), plain lines — one per phase — when the output is not a terminal.
 */
public final class ConsoleProgress implements RunListener {

    private final PrintWriter out;
    private final boolean terminal;

    public ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** The progress of one run; close it when the run ends. */
    @Override
    public Run runStarted(String label) {
        return new Run(label);
    }

    public final class Run implements RunEvents {
        private final String label;
        private final long started = System.nanoTime();
        private ProgressBar bar;
        private String phase = "";

        private Run(String label) {
            this.label = label;
        }

        @Override
        public synchronized void phase(String newPhase, long wordsCounted, long wordsExpected) {
            if (terminal) {
                if (bar == null) {
                    bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(Math.max(1, wordsExpected))
                            .setStyle(ProgressBarStyle.ASCII).setUnit(" words", 1).continuousUpdate().build();
                }
                bar.maxHint(Math.max(1, wordsExpected));
                bar.stepTo(Math.min(wordsCounted, Math.max(1, wordsExpected)));
                bar.setExtraMessage(newPhase);
            } else if (!newPhase.equals(phase)) {
                out.printf(Locale.ROOT, "%s: %s (%,d words counted, %.1f s)%n", label, newPhase, wordsCounted,
                        (System.nanoTime() - started) / 1e9);
                out.flush();
            }
            phase = newPhase;
        }

        /** Closes the line with the run's verdict. */
        @Override
        public void finished(RunResult result) {
            close();
            out.printf(Locale.ROOT, "%s: %s%s, %.1f s%n", label, result.correct() ? "correct" : "WRONG",
                    result.failure() == null ? "" : " (" + result.failure() + ")", (System.nanoTime() - started) / 1e9);
            out.flush();
        }

        /** Closes the line with what the peer did: not a verdict on its counts, which differ by design. */
        @Override
        public void finished(PeerResult result) {
            close();
            out.printf(Locale.ROOT, "%s: %s, %,d words counted (reference: %,d, empty strings: %,d), distinct words differing "
                    + "from the reference: %,d, totals %s split(\"\\\\s\")'s, %.1f s%n", label,
                    result.failed() ? "FAILED (" + result.outcome().failure() + ")" : "ran", result.reference().wordsCounted(),
                    result.reference().wordsReference(), result.split().emptyStrings(), result.reference().distinctDiffering(),
                    result.split().explainedBySplit() ? "equal to" : "DIFFER from",
                    (System.nanoTime() - started) / 1e9);
            out.flush();
        }

        /** Closes the line with what a fault run found. */
        @Override
        public void finished(FaultResult result) {
            close();
            out.printf(Locale.ROOT, "%s: %s, %,d words lost, %,d counted twice%s%s, %.1f s%n", label,
                    result.passed() ? "ok" : "FAILED", result.counts().lost(), result.counts().doubled(),
                    result.outcome().isEmpty() ? "" : "; " + result.outcome(),
                    result.failure() == null ? "" : " (" + result.failure() + ")", (System.nanoTime() - started) / 1e9);
            out.flush();
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null; // a second close would draw the bar again
            }
        }
    }
}
