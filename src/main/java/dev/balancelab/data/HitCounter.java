package dev.balancelab.data;

import java.util.concurrent.atomic.LongAdder;

/** Hits and misses of one cache, counted from any thread. */
final class HitCounter {
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** Counts one lookup and passes its result through. */
    boolean count(boolean hit) {
        (hit ? hits : misses).increment();
        return hit;
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }
}
