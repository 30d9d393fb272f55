package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The implementation of every {@link AlgorithmKind}, in the kinds' display order. */
public final class Algorithms {
    private static final Map<AlgorithmKind, Algorithm> BY_KIND = new EnumMap<>(AlgorithmKind.class);

    static {
        for (AlgorithmKind kind : AlgorithmKind.values()) {
            BY_KIND.put(kind, implementation(kind));
        }
    }

    private Algorithms() {}

    /** A new implementation of {@code kind}; the switch names every kind, so the compiler finds a missing one. */
    private static Algorithm implementation(AlgorithmKind kind) {
        return switch (kind) {
            case ROUND_ROBIN -> new RoundRobin();
            case WEIGHTED_ROUND_ROBIN -> new SmoothWeightedRoundRobin();
            case RANDOM -> new UniformRandom();
            case WEIGHTED_RANDOM -> new WeightedRandom();
            case LEAST_CONNECTIONS -> new LeastConnections();
            case WEIGHTED_LEAST_CONNECTIONS -> new WeightedLeastConnections();
            case LEAST_RESPONSE_TIME -> new LeastResponseTime();
            case POWER_OF_TWO_CHOICES -> new PowerOfTwoChoices();
            case IP_HASH -> new IpHash();
            case CONSISTENT_HASH -> new ConsistentHash();
            case MAGLEV -> new Maglev();
            case RENDEZVOUS -> new Rendezvous();
            case NGINX_IP_HASH -> new NginxIpHash();
            case NGINX_CONSISTENT_HASH -> new NginxConsistentHash();
            case HAPROXY_ROUND_ROBIN -> new HaproxyRoundRobin();
        };
    }

    /** Every algorithm, in display order. */
    public static List<Algorithm> all() {
        return List.copyOf(BY_KIND.values());
    }

    /** The implementation of {@code kind}. */
    public static Algorithm of(AlgorithmKind kind) {
        return BY_KIND.get(kind);
    }

    /**
     * The algorithm whose id is {@code id}.
     *
     * @throws IllegalArgumentException naming the known ids, if there is none
     */
    public static Algorithm byId(String id) {
        return of(AlgorithmKind.fromId(id));
    }
}
