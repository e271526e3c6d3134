package dev.streamcompare.harness.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the live page is told, in order: each event a JSON object, numbered by its place. A page
 * that connects late, or again, is sent everything from the place it had reached.
 */
final class LiveLog {

    /**
     * More samples (a batch's publish or a marker's latency each) than a comparison sends: beyond it a
     * day-long soak's newest samples are dropped, never a run's start, phase, moment or verdict.
     */
    static final int MAX_EVENTS = 500_000;

    /** The events that are samples, of which there may be too many. */
    private static final java.util.Set<Object> SAMPLES = java.util.Set.of("batch", "latency");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> events = new ArrayList<>();
    private boolean closed;
    private long dropped;

    /** Adds {@code event}, a JSON object's fields (its {@code type} among them). */
    synchronized void add(Map<String, Object> event) {
        if (events.size() >= MAX_EVENTS && SAMPLES.contains(event.get("type"))) {
            dropped++;
            return;
        }
        try {
            events.add(JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + event, e);
        }
        notifyAll();
    }

    /** The events from place {@code from} on; empty if none. */
    synchronized List<String> since(int from) {
        return from >= events.size() ? List.of() : List.copyOf(events.subList(Math.max(0, from), events.size()));
    }

    /** Waits at most {@code millis} for an event at place {@code from} or later, or the log's end; whether one is there. */
    synchronized boolean await(int from, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (events.size() <= from && !closed) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return events.size() > from;
    }

    synchronized int size() {
        return events.size();
    }

    synchronized long dropped() {
        return dropped;
    }

    /** No more events: waiting pages are let go. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean closed() {
        return closed;
    }
}
