package dev.streamcompare.harness.run;

/**
 * The job's totals went past the words sent: a piece of the input counted twice, or words the job
 * made up. The run fails with it, rather than stopping a clock early on the extra words.
 */
public final class OverCountException extends Exception {

    OverCountException(String phase, long before, long after, long sent) {
        super(phase + " phase: the job's totals went from " + before + " to " + after + " words, " + (after - sent)
                + " more than the " + sent + " sent: words counted twice (a piece of the input read twice?)");
    }
}
