package dev.balancelab.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Every balancing algorithm of the lab, in the order the window lists them: the one source of the names used in
 * topology files and on the command line ({@link #id()}), the labels shown in the window ({@link #label()}) and their
 * one-sentence descriptions ({@link #description()}).
 */
public enum AlgorithmKind {
    /** nginx {@code upstream} with equal weights. */
    ROUND_ROBIN(
            "round-robin", "Round robin", "Servers take turns in a fixed order; weights are ignored.", false, false),
    /** nginx's default: ngx_http_upstream_round_robin.c, {@code ngx_http_upstream_get_peer}. */
    WEIGHTED_ROUND_ROBIN(
            "weighted-round-robin",
            "Smooth weighted round robin",
            "Servers take turns in proportion to their weights, interleaved as nginx does.",
            true,
            false),
    /** HAProxy {@code balance random} without weights. */
    RANDOM("random", "Random", "Each request goes to a server drawn uniformly at random.", false, false),
    /** Apache Dubbo {@code RandomLoadBalance}; nginx {@code random}. */
    WEIGHTED_RANDOM(
            "weighted-random",
            "Weighted random",
            "Each request goes to a server drawn at random with probability proportional to its weight.",
            true,
            false),
    /** HAProxy {@code balance leastconn}, weights ignored. */
    LEAST_CONNECTIONS(
            "least-connections",
            "Least connections",
            "Each request goes to the server with the fewest requests in flight.",
            false,
            false),
    /** nginx {@code least_conn}: in flight divided by weight. */
    WEIGHTED_LEAST_CONNECTIONS(
            "weighted-least-connections",
            "Weighted least connections",
            "Each request goes to the server with the fewest requests in flight per unit of weight.",
            true,
            false),
    /** Latency EWMA × (in flight + 1), the cost of Finagle's {@code PeakEwma}; weights are ignored. */
    LEAST_RESPONSE_TIME(
            "least-response-time",
            "Least response time (EWMA)",
            "Each request goes to the server with the lowest moving average of response time, scaled by its load.",
            false,
            false),
    /** Mitzenmacher's two random choices; nginx {@code random two least_conn}. */
    POWER_OF_TWO_CHOICES(
            "power-of-two-choices",
            "Power of two choices",
            "Two servers are drawn at random and the one with fewer requests in flight gets the request.",
            false,
            false),
    /** The lab's IP hash: a 64-bit hash of the whole source address modulo N, weights ignored; not nginx's. */
    IP_HASH(
            "ip-hash",
            "IP hash",
            "The hash of the client's whole address modulo the server count picks the server.",
            false,
            true),
    /** The lab's ring: Karger et al., STOC 1997, with virtual nodes on a 64-bit hash; not nginx's ring. */
    CONSISTENT_HASH(
            "consistent-hash",
            "Consistent hashing",
            "The key's hash picks the next server point clockwise on a ring of virtual nodes.",
            true,
            true),
    /** Eisenbud et al., NSDI 2016, section 3.4. */
    MAGLEV(
            "maglev",
            "Maglev",
            "The key's hash picks a slot of a lookup table that each server fills in its own preference order.",
            true,
            true),
    /** Thaler and Ravishankar, IEEE/ACM ToN 1998 (highest random weight), weighted. */
    RENDEZVOUS(
            "rendezvous",
            "Rendezvous hashing",
            "Every server scores the key's hash and the highest score wins.",
            true,
            true),
    /** nginx {@code ip_hash}, step for step: ngx_http_upstream_ip_hash_module.c. */
    NGINX_IP_HASH(
            "nginx-ip-hash",
            "nginx IP hash",
            "As nginx ip_hash: the first three octets of the client's IPv4 address, hashed, pick a server by weight.",
            true,
            true),
    /** nginx {@code hash $key consistent}, step for step: ngx_http_upstream_hash_module.c (ketama, CRC32). */
    NGINX_CONSISTENT_HASH(
            "nginx-consistent-hash",
            "nginx consistent hashing",
            "As nginx hash consistent: the key's CRC32 picks the next of 160 points per weight unit on a ketama ring.",
            true,
            true),
    /** HAProxy {@code balance roundrobin}, step for step: src/lb_fwrr.c (fast weighted round robin). */
    HAPROXY_ROUND_ROBIN(
            "haproxy-round-robin",
            "HAProxy round robin",
            "As HAProxy balance roundrobin: servers take turns by weight in HAProxy's order, 5/1/1 as a a a b a a c.",
            true,
            false);

    private final String id;
    private final String label;
    private final String description;
    private final boolean weighted;
    private final boolean usesKey;

    AlgorithmKind(String id, String label, String description, boolean weighted, boolean usesKey) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.weighted = weighted;
        this.usesKey = usesKey;
    }

    /** The kebab-case name used in topology files and on the command line, for example {@code "round-robin"}. */
    public String id() {
        return id;
    }

    /** The name shown in the window, for example {@code "Round robin"}. */
    public String label() {
        return label;
    }

    /** One sentence that says how the algorithm picks a server. */
    public String description() {
        return description;
    }

    /** Whether server weights change the algorithm's picks (nginx {@code weight=}, HAProxy {@code weight}). */
    public boolean weighted() {
        return weighted;
    }

    /** Whether the request's key (user id or source address) decides the server: a hashing algorithm. */
    public boolean usesKey() {
        return usesKey;
    }

    /** Every id, in display order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(AlgorithmKind::id).toList();
    }

    /**
     * The kind whose {@link #id()} is {@code id}.
     *
     * @throws IllegalArgumentException naming the known ids, if there is none
     */
    public static AlgorithmKind fromId(String id) {
        for (AlgorithmKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + id + "'; known: " + String.join(", ", ids()));
    }

    @Override
    public String toString() {
        return id;
    }
}
