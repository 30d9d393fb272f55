package dev.balancelab.data;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;

/**
 * One server's cache of response keys, bounded to {@link CacheSpec#capacity()} keys and counting its own hits and
 * misses. Thread-safe: the real-time runtime looks keys up from many worker threads.
 */
public interface KeyCache {
    /**
     * Looks {@code key} up and counts a hit or a miss.
     *
     * @return whether the key was cached
     */
    boolean lookup(String key);

    /** Caches {@code key} (after a miss was served), evicting by the policy when full. */
    void fill(String key);

    /** Drops every key: the process restarted with a cold cache. The hit and miss counts go on. */
    void clear();

    /** Lookups that hit since the cache was made. */
    long hits();

    /** Lookups that missed since the cache was made. */
    long misses();

    /** Keys held now (W-TinyLFU: after pending evictions are done). */
    long size();

    /** A new, empty cache for {@code spec}. */
    static KeyCache of(CacheSpec spec) {
        return spec.policy() == CachePolicy.LRU
                ? new LruKeyCache(spec.capacity())
                : new TinyLfuKeyCache(spec.capacity());
    }
}
