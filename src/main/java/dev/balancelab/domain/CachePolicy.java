package dev.balancelab.domain;

/** The eviction policy of a server's {@link CacheSpec cache}. */
public enum CachePolicy {
    /**
     * Least recently used: the textbook policy, the JDK's {@code LinkedHashMap} in access order with
     * {@code removeEldestEntry}.
     */
    LRU,
    /**
     * W-TinyLFU (Einziger, Friedman and Manes, "TinyLFU: A Highly Efficient Cache Admission Policy", ACM TOS 2017):
     * a small LRU window in front of a segmented LRU main space, admitting by a count-min frequency sketch; Caffeine's
     * size-bounded cache.
     */
    W_TINYLFU
}
