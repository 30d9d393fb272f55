package dev.balancelab.data;

import java.util.concurrent.atomic.LongAdder;

/** What both policies share: counting each lookup as a hit or a miss, from any thread. */
abstract class CountingKeyCache implements KeyCache {
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** Whether {@code key} is cached; counts as an access for the eviction policy. */
    abstract boolean holds(String key);

    @Override
    public final boolean lookup(String key) {
        boolean hit = holds(key);
        (hit ? hits : misses).increment();
        return hit;
    }

    @Override
    public final long hits() {
        return hits.sum();
    }

    @Override
    public final long misses() {
        return misses.sum();
    }
}
