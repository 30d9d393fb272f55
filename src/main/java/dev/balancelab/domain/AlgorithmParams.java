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

    /** @throws IllegalArgumentException if a value is out of range */
    public AlgorithmParams {
        Checks.positive("virtualNodesPerWeight", virtualNodesPerWeight);
        Checks.atLeast("maglevTableSize", maglevTableSize, 2);
        Checks.positive("ewmaDecayMs", ewmaDecayMs);
        Checks.atLeast("slowStartMs", slowStartMs, 0);
    }
}
