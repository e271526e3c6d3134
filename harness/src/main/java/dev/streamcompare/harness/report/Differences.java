package dev.streamcompare.harness.report;

import dev.streamcompare.common.WordOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Compares a job's totals with the reference counts. */
public final class Differences {

    static final int LISTED = 10;

    private Differences() {}

    public static RunResult.Differences between(Map<String, Long> expected, Map<String, Long> counted) {
        int missing = 0;
        int extra = 0;
        int different = 0;
        TreeSet<String> words = new TreeSet<>(WordOrder.WORDS);
        words.addAll(expected.keySet());
        words.addAll(counted.keySet());
        List<String> first = new ArrayList<>();
        for (String word : words) {
            Long want = expected.get(word);
            Long got = counted.get(word);
            if (want != null && want.equals(got)) {
                continue;
            }
            if (got == null) {
                missing++;
            } else if (want == null) {
                extra++;
            } else {
                different++;
            }
            if (first.size() < LISTED) {
                first.add(word + ": expected " + (want == null ? 0 : want) + ", counted " + (got == null ? 0 : got));
            }
        }
        return missing + extra + different == 0 ? RunResult.Differences.NONE
                : new RunResult.Differences(missing, extra, different, first);
    }
}
