package dev.balancelab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.balancelab.domain.CachePolicy;
import dev.balancelab.domain.CacheSpec;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The two policies as their sources define them: LRU by the JDK's access order, W-TinyLFU by Caffeine's admission. */
class KeyCacheTest {
    private static KeyCache cache(int capacity, CachePolicy policy) {
        return KeyCache.of(new CacheSpec(capacity, policy, 5));
    }

    /** Looks {@code key} up and, on a miss, serves it and fills the cache, as a server does. */
    private static boolean request(KeyCache cache, String key) {
        boolean hit = cache.lookup(key);
        if (!hit) {
            cache.fill(key);
        }
        return hit;
    }

    @Test
    void lruEvictsTheLeastRecentlyAccessedKey() {
        KeyCache lru = cache(2, CachePolicy.LRU);
        lru.fill("a");
        lru.fill("b");
        assertTrue(lru.lookup("a"), "a was filled");
        lru.fill("c"); // b is now the least recently used: evicted, a stays
        assertFalse(lru.lookup("b"));
        assertTrue(lru.lookup("a"));
        assertTrue(lru.lookup("c"));
        assertEquals(3, lru.hits());
        assertEquals(1, lru.misses());
        assertEquals(2, lru.size());
    }

    /**
     * TinyLFU's point (Einziger et al. 2017, section 1): a scan of one-time keys does not flush frequently used ones,
     * whereas LRU keeps only the scan.
     */
    @Test
    void wTinyLfuKeepsHotKeysThroughAScanThatFlushesLru() {
        List<String> hot = IntStream.range(0, 50).mapToObj(i -> "hot-" + i).toList();
        int[] kept = new int[2];
        for (CachePolicy policy : CachePolicy.values()) {
            KeyCache cache = cache(100, policy);
            for (int round = 0; round < 20; round++) {
                hot.forEach(k -> request(cache, k));
            }
            IntStream.range(0, 1000).forEach(i -> request(cache, "scan-" + i));
            kept[policy.ordinal()] = (int) hot.stream().filter(cache::lookup).count();
        }
        assertEquals(0, kept[CachePolicy.LRU.ordinal()], "LRU keeps the last 100 scan keys only");
        assertTrue(kept[CachePolicy.W_TINYLFU.ordinal()] >= 45, "W-TinyLFU kept " + kept[1] + " of 50 hot keys");
    }

    @ParameterizedTest
    @EnumSource(CachePolicy.class)
    void clearMakesItColdButKeepsTheCounts(CachePolicy policy) {
        KeyCache cache = cache(10, policy);
        request(cache, "k");
        assertTrue(request(cache, "k"));
        cache.clear();
        assertEquals(0, cache.size());
        assertFalse(cache.lookup("k"), "a restarted server has a cold cache");
        assertEquals(1, cache.hits());
        assertEquals(2, cache.misses());
    }

    @ParameterizedTest
    @EnumSource(CachePolicy.class)
    void neverHoldsMoreThanItsCapacity(CachePolicy policy) {
        KeyCache cache = cache(10, policy);
        IntStream.range(0, 500).forEach(i -> request(cache, "k" + i));
        assertTrue(cache.size() <= 10, "size " + cache.size());
    }
}
