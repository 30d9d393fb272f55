package dev.balancelab.telemetry;

/**
 * Lookups of a server's cache, or of all caches together, since the lab started.
 *
 * @param hits lookups that found the key
 * @param misses lookups that did not
 */
public record CacheCounts(long hits, long misses) {
    /** No lookup yet. */
    public static final CacheCounts NONE = new CacheCounts(0, 0);

    /** Hits over lookups, in [0, 1]; 0 before the first lookup. */
    public double hitRatio() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }

    /** The counts of both together. */
    public CacheCounts plus(CacheCounts other) {
        return new CacheCounts(hits + other.hits, misses + other.misses);
    }
}
