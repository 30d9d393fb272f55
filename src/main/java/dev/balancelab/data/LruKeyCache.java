package dev.balancelab.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Least recently used, as the JDK documents it: a {@link LinkedHashMap} in access order whose
 * {@code removeEldestEntry} drops the least recently accessed key once the map holds more than {@code capacity}.
 * Guarded by its own monitor.
 */
final class LruKeyCache implements KeyCache {
    private final AccessOrder keys;
    private final HitCounter counter = new HitCounter();

    LruKeyCache(int capacity) {
        this.keys = new AccessOrder(capacity);
    }

    @Override
    public boolean lookup(String key) {
        synchronized (keys) {
            return counter.count(keys.get(key) != null);
        }
    }

    @Override
    public void fill(String key) {
        synchronized (keys) {
            keys.put(key, Boolean.TRUE);
        }
    }

    @Override
    public void clear() {
        synchronized (keys) {
            keys.clear();
        }
    }

    @Override
    public long hits() {
        return counter.hits();
    }

    @Override
    public long misses() {
        return counter.misses();
    }

    @Override
    public long size() {
        synchronized (keys) {
            return keys.size();
        }
    }

    /** The JDK's LRU idiom (see {@link LinkedHashMap#removeEldestEntry}). */
    private static final class AccessOrder extends LinkedHashMap<String, Boolean> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        AccessOrder(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
        }
    }
}
