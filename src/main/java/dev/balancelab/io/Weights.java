package dev.balancelab.io;

import java.util.Set;

/** Which algorithms honour server weights, for the configuration exports. */
final class Weights {
    private static final Set<String> UNWEIGHTED =
            Set.of("round-robin", "random", "least-connections", "power-of-two-choices", "ip-hash");

    private Weights() {}

    /** Whether the export writes weights for {@code algorithm}. */
    static boolean used(String algorithm) {
        return !UNWEIGHTED.contains(algorithm);
    }
}
