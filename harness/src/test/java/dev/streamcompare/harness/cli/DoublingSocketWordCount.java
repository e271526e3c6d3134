package dev.streamcompare.harness.cli;

/** Test only: a "socket job" that keeps the output contract but counts every word twice ({@link BrokenSocketWordCount}). */
public final class DoublingSocketWordCount {

    private DoublingSocketWordCount() {}

    public static void main(String[] args) throws Exception {
        BrokenSocketWordCount.run("DoublingSocketWordCount", args, n -> 2);
    }
}
