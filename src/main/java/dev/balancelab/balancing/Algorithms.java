package dev.balancelab.balancing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Registry of every balancing algorithm by its kebab-case name, in the order the window lists them. */
public final class Algorithms {
    private static final Map<String, Algorithm> BY_NAME = new LinkedHashMap<>();

    static {
        for (Algorithm a : List.<Algorithm>of(
                new RoundRobin(),
                new SmoothWeightedRoundRobin(),
                new UniformRandom(),
                new WeightedRandom(),
                new LeastConnections(),
                new WeightedLeastConnections(),
                new LeastResponseTime(),
                new PowerOfTwoChoices(),
                new IpHash(),
                new ConsistentHash(),
                new Maglev(),
                new Rendezvous())) {
            BY_NAME.put(a.name(), a);
        }
    }

    private Algorithms() {}

    /** Every algorithm, in display order. */
    public static List<Algorithm> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** Every algorithm's kebab-case name, in display order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * The algorithm called {@code name}.
     *
     * @throws IllegalArgumentException naming the known algorithms, if there is none by that name
     */
    public static Algorithm byName(String name) {
        Algorithm a = BY_NAME.get(name);
        if (a == null) {
            throw new IllegalArgumentException(
                    "unknown algorithm '" + name + "'; known: " + String.join(", ", names()));
        }
        return a;
    }
}
