package dev.balancelab.domain;

/**
 * The bounds of what the lab can carry, shared by the topology file reader and the command line so that a file field
 * and the option that sets the same value accept exactly the same range. Every server is a real thread pool and every
 * ring point or table slot is memory, so the bounds keep any accepted lab within a few hundred MB and its start within
 * a second. The file format's README ({@code sample-topologies/README.md}) lists them.
 */
public final class Limits {
    /** Most servers in a lab. */
    public static final int MAX_SERVERS = 100;
    /** Most clients in a lab. */
    public static final int MAX_CLIENTS = 100;
    /** Largest server weight; weights are integers from 1. */
    public static final int MAX_WEIGHT = 1000;
    /** Most worker threads of one server. */
    public static final int MAX_WORKERS = 256;
    /** Most worker threads over all servers together: the lab starts one platform thread per worker. */
    public static final int MAX_TOTAL_WORKERS = 4096;
    /** Most consistent-hashing ring points per unit of weight. */
    public static final int MAX_VIRTUAL_NODES_PER_WEIGHT = 1000;
    /**
     * Most consistent-hashing ring points in total, {@code virtualNodesPerWeight × sum of weights}: a million points
     * are a few tens of MB and sort in well under a second.
     */
    public static final long MAX_RING_POINTS = 1_000_000;
    /**
     * Largest Maglev table size M: 65537, the size Envoy uses by default and the Maglev paper evaluates (Eisenbud et
     * al., NSDI 2016, section 5.3). It is more than 100 times {@link #MAX_SERVERS}, the ratio section 3.4 recommends
     * for at most 1 % imbalance, and a table is rebuilt whenever a server goes or comes back, so it must build fast.
     */
    public static final int MAX_MAGLEV_TABLE_SIZE = 65_537;
    /** Highest rate of one client and highest total rate a scenario or option sets, in requests/s. */
    public static final int MAX_RATE = 10_000;
    /** Longest lab time: scenario event times and the length of a headless run, in ms (24 h). */
    public static final long MAX_LAB_TIME_MS = 24 * 3_600_000L;
    /** Most scenario events in a lab. */
    public static final int MAX_SCENARIO_EVENTS = 1000;
    /** Most keys the {@code ring} command spreads, and most picks the {@code picks} command prints. */
    public static final int MAX_KEYS = 1_000_000;

    /** Most keys one server's cache holds. */
    public static final int MAX_CACHE_CAPACITY = 1_000_000;
    /** Longest service time of a cache hit, in ms (1 h). */
    public static final long MAX_CACHE_HIT_MS = 3_600_000;
    /** Largest Zipf exponent {@code s} of a client's key popularity; 0 is uniform. */
    public static final double MAX_ZIPF_EXPONENT = 5;

    /** Most nodes of a storage tier. */
    public static final int MAX_STORAGE_NODES = 64;
    /** Longest read or write of one storage node, in ms (1 h). */
    public static final long MAX_STORAGE_LATENCY_MS = 3_600_000;

    private Limits() {}

    /** Consistent-hashing ring points: {@code virtualNodesPerWeight × totalWeight}, without overflow. */
    public static long ringPoints(int virtualNodesPerWeight, long totalWeight) {
        return Math.multiplyExact(virtualNodesPerWeight, totalWeight);
    }
}
