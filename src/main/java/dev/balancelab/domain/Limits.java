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

    /** Longest duration of a timing field (service time, check interval, timeout, backoff, ejection), in ms (1 h). */
    public static final long MAX_DURATION_MS = 3_600_000;

    /**
     * The closed range {@code min..max} of a numeric field: the file reader refuses a value outside it with
     * {@code field: must be >= min} or {@code <= max}, and the property sheet refuses it alike.
     *
     * @param min smallest value accepted
     * @param max largest value accepted
     */
    public record Range(double min, double max) {
        /** Whether {@code value} lies in {@code min..max} (NaN does not). */
        public boolean contains(double value) {
            return value >= min && value <= max;
        }
    }

    /** A client's requests/s, and every rate a scenario or option sets. */
    public static final Range RATE = new Range(0, MAX_RATE);
    /** A client's user population, the keys {@code user-0 … user-(users-1)}. */
    public static final Range USERS = new Range(1, 1_000_000);
    /** A client's Zipf exponent; 0 is uniform. */
    public static final Range ZIPF_EXPONENT = new Range(0, MAX_ZIPF_EXPONENT);
    /** A server's weight (nginx {@code weight=}, integers). */
    public static final Range WEIGHT = new Range(1, MAX_WEIGHT);
    /** A server's worker threads. */
    public static final Range WORKERS = new Range(1, MAX_WORKERS);
    /** Requests that may wait for a server's workers. */
    public static final Range QUEUE_CAPACITY = new Range(0, 100_000);
    /** A server's mean service time, ms. */
    public static final Range SERVICE_MEAN_MS = new Range(0, MAX_DURATION_MS);
    /** Keys one server's cache holds. */
    public static final Range CACHE_CAPACITY = new Range(1, MAX_CACHE_CAPACITY);
    /** Service time of a cache hit, ms. */
    public static final Range CACHE_HIT_MS = new Range(0, MAX_CACHE_HIT_MS);
    /** Consistent hashing's ring points per unit of weight. */
    public static final Range VIRTUAL_NODES_PER_WEIGHT = new Range(1, MAX_VIRTUAL_NODES_PER_WEIGHT);
    /** Maglev's table size M (also a prime). */
    public static final Range MAGLEV_TABLE_SIZE = new Range(2, MAX_MAGLEV_TABLE_SIZE);
    /** Least response time's EWMA decay, ms. */
    public static final Range EWMA_DECAY_MS = new Range(1, MAX_DURATION_MS);
    /** Slow start window, ms; 0 disables it. */
    public static final Range SLOW_START_MS = new Range(0, MAX_DURATION_MS);
    /** Health check interval, check timeout and push TTL, ms. */
    public static final Range CHECK_MS = new Range(1, MAX_DURATION_MS);
    /** Health check fall and rise thresholds (HAProxy {@code fall}/{@code rise}). */
    public static final Range CHECK_COUNT = new Range(1, 100);
    /** Attempts per request, the first included. */
    public static final Range MAX_ATTEMPTS = new Range(1, 10);
    /** Per-try timeout and backoff base and cap, ms; 0 means none. */
    public static final Range RETRY_MS = new Range(0, MAX_DURATION_MS);
    /** Retry budget and outlier detection's most ejected servers, in %. */
    public static final Range PERCENT = new Range(0, 100);
    /** Retries always allowed by the budget, whatever the percentage (Envoy {@code min_retry_concurrency}). */
    public static final Range MIN_RETRY_CONCURRENCY = new Range(0, 10_000);
    /** Consecutive errors before an outlier is ejected; 0 turns outlier detection off. */
    public static final Range CONSECUTIVE_ERRORS = new Range(0, 1000);
    /** Outlier detection's base ejection time, ms. */
    public static final Range BASE_EJECTION_MS = new Range(1, MAX_DURATION_MS);
    /** Most nodes of a storage tier. */
    public static final int MAX_STORAGE_NODES = 64;
    /** Longest read or write of one storage node, in ms (1 h). */
    public static final long MAX_STORAGE_LATENCY_MS = 3_600_000;
    /** A storage node's read or write time, ms. */
    public static final Range STORAGE_LATENCY_MS = new Range(0, MAX_STORAGE_LATENCY_MS);
    /** A storage tier's N, W and R (each further bounded: W, R &lt;= N &lt;= nodes, Dynamo section 4.5). */
    public static final Range REPLICAS = new Range(1, MAX_STORAGE_NODES);
    /** The share of a client's requests that write (YCSB {@code updateproportion}). */
    public static final Range WRITE_PROPORTION = new Range(0, 1);

    private Limits() {}

    /** Consistent-hashing ring points: {@code virtualNodesPerWeight × totalWeight}, without overflow. */
    public static long ringPoints(int virtualNodesPerWeight, long totalWeight) {
        return Math.multiplyExact(virtualNodesPerWeight, totalWeight);
    }
}
