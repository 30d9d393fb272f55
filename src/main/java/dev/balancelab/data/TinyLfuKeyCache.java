package dev.balancelab.data;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * W-TinyLFU: Caffeine's size-bounded cache ({@code Caffeine.maximumSize}), an admission window in front of a segmented
 * LRU, admitting by a frequency sketch. Its maintenance (evictions) runs on the calling thread ({@code executor
 * Runnable::run}), so a virtual-time run sees the same evictions in the same order. One draw is not seeded: when a
 * warm candidate loses to an equally frequent victim, Caffeine admits it anyway with probability 1/128
 * ({@code ThreadLocalRandom}, its hash-flooding guard), so hit counts may differ by a few between runs.
 */
final class TinyLfuKeyCache extends CountingKeyCache {
    private final Cache<String, Boolean> keys;

    TinyLfuKeyCache(int capacity) {
        this.keys = Caffeine.newBuilder()
                .maximumSize(capacity)
                .executor(Runnable::run)
                .build();
    }

    @Override
    boolean holds(String key) {
        return keys.getIfPresent(key) != null;
    }

    @Override
    public void fill(String key) {
        keys.put(key, Boolean.TRUE);
    }

    @Override
    public void clear() {
        keys.invalidateAll();
    }

    @Override
    public long size() {
        keys.cleanUp();
        return keys.estimatedSize();
    }
}
