package dev.balancelab.domain;

import java.util.Objects;

/**
 * A server's cache of response keys: a request whose key is cached is a hit and holds a worker for {@code hitMs}; a
 * miss takes the server's service time and, once served, fills the cache.
 *
 * @param capacity most keys held, {@code 1..}{@link Limits#MAX_CACHE_CAPACITY}
 * @param policy what is evicted when it is full
 * @param hitMs service time of a hit in ms at lab speed 1×, {@code 0..}{@link Limits#MAX_CACHE_HIT_MS}
 */
public record CacheSpec(int capacity, CachePolicy policy, long hitMs) {
    /** The default of files and editor: 500 keys, LRU, 5 ms per hit. */
    public static final CacheSpec DEFAULT = new CacheSpec(500, CachePolicy.LRU, 5);

    /** @throws IllegalArgumentException if a number is out of range */
    public CacheSpec {
        Objects.requireNonNull(policy, "policy");
        Checks.atLeast("capacity", capacity, 1);
        Checks.atMost("capacity", capacity, Limits.MAX_CACHE_CAPACITY);
        Checks.atLeast("hitMs", hitMs, 0);
        Checks.atMost("hitMs", hitMs, Limits.MAX_CACHE_HIT_MS);
    }

    /** A copy with another {@code capacity}, checked as the constructor checks it. */
    public CacheSpec withCapacity(int value) {
        return new CacheSpec(value, policy, hitMs);
    }

    /** A copy with another {@code policy}. */
    public CacheSpec withPolicy(CachePolicy value) {
        return new CacheSpec(capacity, value, hitMs);
    }

    /** A copy with another {@code hitMs}, checked as the constructor checks it. */
    public CacheSpec withHitMs(long value) {
        return new CacheSpec(capacity, policy, value);
    }
}
