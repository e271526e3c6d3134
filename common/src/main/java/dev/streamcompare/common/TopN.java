package dev.streamcompare.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/** Selects the {@code n} first entries in {@link WordOrder#BY_COUNT_DESCENDING} order. */
public final class TopN {

    private TopN() {}

    /** The first {@code n} of {@code entries}, sorted; fewer if there are fewer entries. */
    public static List<WordCount> of(Iterable<WordCount> entries, int n) {
        if (n <= 0) {
            return List.of();
        }
        // A bounded heap whose head is the entry that would leave first: the "smallest" of the top.
        PriorityQueue<WordCount> heap = new PriorityQueue<>(n + 1, WordOrder.BY_COUNT_DESCENDING.reversed());
        for (WordCount entry : entries) {
            heap.add(entry);
            if (heap.size() > n) {
                heap.poll();
            }
        }
        List<WordCount> top = new ArrayList<>(heap);
        top.sort(WordOrder.BY_COUNT_DESCENDING);
        return Collections.unmodifiableList(top);
    }
}
