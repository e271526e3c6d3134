package dev.streamcompare.harness.cli;

/** Test only: a "socket job" that keeps the output contract but drops every 1000th word ({@link BrokenSocketWordCount}). */
public final class DroppingSocketWordCount {

    private DroppingSocketWordCount() {}

    public static void main(String[] args) throws Exception {
        BrokenSocketWordCount.run("DroppingSocketWordCount", args, n -> n % 1000 == 0 ? 0 : 1);
    }
}
