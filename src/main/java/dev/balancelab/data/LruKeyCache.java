package dev.balancelab.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Least recently used, as the JDK documents it: a {@link LinkedHashMap} in access order whose
 * {@code removeEldestEntry} drops the least recently accessed key once the map holds more than {@code capacity}.
 * Guarded by its own monitor.
 */
final class LruKeyCache extends CountingKeyCache {
    private final AccessOrder keys;

    LruKeyCache(int capacity) {
        this.keys = new AccessOrder(capacity);
    }

    @Override
    boolean holds(String key) {
        synchronized (keys) {
            return keys.get(key) != null;
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
