package dev.balancelab.balancing;

import dev.balancelab.domain.AlgorithmParams;
import dev.balancelab.domain.ServerId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An immutable Maglev lookup table (Eisenbud et al., "Maglev: A Fast and Reliable Software Network Load Balancer",
 * NSDI 2016, section 3.4, Pseudocode 1). Each backend {@code i} has a preference list, a permutation of the M slots:
 * {@code offset = h1(id) mod M}, {@code skip = h2(id) mod (M - 1) + 1}, {@code permutation[j] = (offset + j × skip)
 * mod M}, with {@code h1}, {@code h2} = {@link Hashing#hash64(String, long)} seeds 1 and 2. Population takes turns:
 * each backend in order claims its next preferred slot that is still empty, until all M slots are filled. M must be
 * prime so every skip is coprime with M and each list is a full permutation.
 *
 * <p>Weights, as in Envoy's {@code maglev_lb.cc} ({@code MaglevTable} construction, the weighted variant of the
 * paper's loop): weights are normalised by the largest one; in round {@code r = 1, 2, ...} a backend of weight
 * {@code w} takes a turn only while {@code r × w >= target}, and each turn raises its {@code target} by the largest
 * weight. A backend of the largest weight takes a turn every round, one of a third of it every third round, so entries
 * come out proportional to weight and interleaved. With equal weights (of any size) every backend takes every turn:
 * exactly the paper's unweighted table, each backend with {@code floor(M/N)} or {@code ceil(M/N)} entries. Every
 * backend takes a turn in round 1, so each gets at least one entry while N &lt;= M; with N &gt; M some get none. The
 * arithmetic is in {@code long} and exact, for any {@code int} weights.
 */
public final class MaglevTable {
    private final List<Endpoint> backends;
    private final int[] entries;

    private MaglevTable(List<Endpoint> backends, int[] entries) {
        this.backends = backends;
        this.entries = entries;
    }

    /**
     * Builds the table.
     *
     * @param endpoints the backends, possibly empty (then every slot stays empty, {@code -1})
     * @param size the table size M, a prime; 65537 by default
     * @throws IllegalArgumentException if {@code size} is not a prime
     */
    public static MaglevTable build(List<Endpoint> endpoints, int size) {
        if (!AlgorithmParams.isPrime(size)) {
            throw new IllegalArgumentException("Maglev table size must be a prime, was " + size);
        }
        List<Endpoint> backends = List.copyOf(endpoints);
        int n = backends.size();
        long[] offset = new long[n];
        long[] skip = new long[n];
        int[] weight = new int[n];
        for (int i = 0; i < n; i++) {
            String id = backends.get(i).id().value();
            offset[i] = Hashing.index(Hashing.hash64(id, 1), size);
            skip[i] = Hashing.index(Hashing.hash64(id, 2), size - 1) + 1;
            weight[i] = backends.get(i).weight();
        }
        return new MaglevTable(backends, populate(offset, skip, weight, size));
    }

    /**
     * The population loop of Pseudocode 1, weighted as in Envoy: in each round every backend {@code i} whose
     * {@code round × weight[i]} has reached its target claims its next preferred empty slot
     * {@code (offset[i] + j × skip[i]) mod m}, until all {@code m} slots are filled.
     *
     * @return for each slot the index of its backend; all -1 if there are no backends
     */
    static int[] populate(long[] offset, long[] skip, int[] weight, int m) {
        int[] entries = new int[m];
        Arrays.fill(entries, -1);
        long maxWeight = Arrays.stream(weight).max().orElse(0);
        long[] target = new long[offset.length];
        long[] next = new long[offset.length];
        int filled = 0;
        for (long round = 1; filled < m && offset.length > 0; round++) {
            for (int i = 0; i < offset.length && filled < m; i++) {
                if (round * weight[i] >= target[i]) {
                    target[i] += maxWeight;
                    entries[claim(entries, offset[i], skip[i], next, i)] = i;
                    filled++;
                }
            }
        }
        return entries;
    }

    /** Backend {@code i}'s next preferred slot that is still empty; advances {@code next[i]} past it. */
    private static int claim(int[] entries, long offset, long skip, long[] next, int i) {
        int m = entries.length;
        int c;
        do {
            c = (int) ((offset + next[i]++ * skip) % m);
        } while (entries[c] >= 0);
        return c;
    }

    /** The table size M. */
    public int size() {
        return entries.length;
    }

    /** The backends in the order their indices refer to; immutable. */
    public List<Endpoint> backends() {
        return backends;
    }

    /** A copy of the table: for each slot the index in {@link #backends()} of its owner, or -1 if empty. */
    public int[] entries() {
        return entries.clone();
    }

    /** For each backend (same order as {@link #backends()}) the number of slots it owns. */
    public int[] entriesPerBackend() {
        int[] counts = new int[backends.size()];
        for (int owner : entries) {
            if (owner >= 0) {
                counts[owner]++;
            }
        }
        return counts;
    }

    /** The slot of {@code hash}: {@code hash mod M}, unsigned. */
    public int slotOf(long hash) {
        return Hashing.index(hash, entries.length);
    }

    /**
     * The owner of {@code hash}: the backend in slot {@code hash mod M}, or, walking on slot by slot, the first one
     * not in {@code skip} (the first slot's owner if all are skipped).
     *
     * @throws IllegalStateException if the table has no backends
     */
    public Endpoint lookup(long hash, Set<ServerId> skip) {
        if (backends.isEmpty()) {
            throw new IllegalStateException("empty Maglev table");
        }
        int start = slotOf(hash);
        int m = entries.length;
        return Untried.walk(m, i -> backends.get(entries[(start + i) % m]), skip);
    }
}
