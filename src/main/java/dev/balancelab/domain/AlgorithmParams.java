package dev.balancelab.domain;

/**
 * Tuning parameters of the balancing algorithms; each algorithm reads only the ones it names in its javadoc.
 *
 * @param virtualNodesPerWeight consistent hashing: ring points per unit of server weight, &gt;= 1
 * @param maglevTableSize Maglev: lookup table size M, a prime (Eisenbud et al., NSDI 2016, section 3.4)
 * @param ewmaDecayMs least response time: decay time constant of the latency EWMA, in ms, &gt; 0
 * @param slowStartMs slow start: window over which a revived server's weight ramps up, in ms; 0 disables
 */
public record AlgorithmParams(int virtualNodesPerWeight, int maglevTableSize, double ewmaDecayMs, long slowStartMs) {
    /** 100 virtual nodes per weight unit, Maglev M = 65537, 10 s EWMA decay, no slow start. */
    public static final AlgorithmParams DEFAULT = new AlgorithmParams(100, 65537, 10_000, 0);

    /** @throws IllegalArgumentException if a value is out of range or the Maglev table size is not a prime */
    public AlgorithmParams {
        Checks.positive("virtualNodesPerWeight", virtualNodesPerWeight);
        if (!isPrime(maglevTableSize)) {
            throw new IllegalArgumentException("maglevTableSize must be a prime such as 65537, was " + maglevTableSize);
        }
        Checks.positive("ewmaDecayMs", ewmaDecayMs);
        Checks.atLeast("slowStartMs", slowStartMs, 0);
    }

    /** Whether {@code m} is a prime, by trial division (table sizes are small enough). */
    public static boolean isPrime(int m) {
        if (m < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= m; d++) {
            if (m % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** A copy with another {@code virtualNodesPerWeight}, checked as the constructor checks it. */
    public AlgorithmParams withVirtualNodesPerWeight(int value) {
        return new AlgorithmParams(value, maglevTableSize, ewmaDecayMs, slowStartMs);
    }

    /** A copy with another {@code maglevTableSize}, checked as the constructor checks it. */
    public AlgorithmParams withMaglevTableSize(int value) {
        return new AlgorithmParams(virtualNodesPerWeight, value, ewmaDecayMs, slowStartMs);
    }

    /** A copy with another {@code ewmaDecayMs}, checked as the constructor checks it. */
    public AlgorithmParams withEwmaDecayMs(double value) {
        return new AlgorithmParams(virtualNodesPerWeight, maglevTableSize, value, slowStartMs);
    }

    /** A copy with another {@code slowStartMs}, checked as the constructor checks it. */
    public AlgorithmParams withSlowStartMs(long value) {
        return new AlgorithmParams(virtualNodesPerWeight, maglevTableSize, ewmaDecayMs, value);
    }
}
