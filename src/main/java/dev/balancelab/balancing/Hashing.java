package dev.balancelab.balancing;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hash every hash-based algorithm uses: FNV-1a 64 over the UTF-8 bytes (Fowler, Noll, Vo), followed by
 * the MurmurHash3 {@code fmix64} finalizer (Appleby) so that every input bit affects every output bit. Stable across
 * runs and JVMs, unlike {@link String#hashCode()}, which has only 32 bits and poor avalanche.
 */
public final class Hashing {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hashing() {}

    /** {@code hash} as 16 hex digits, as the "Why?" explanations show hashes. */
    static String hex(long hash) {
        return String.format("%016x", hash);
    }

    /** The hash of {@code text}; any 64-bit value, read as a signed long. */
    public static long hash64(String text) {
        return hash64(text, 0);
    }

    /**
     * A hash of {@code text} from a family indexed by {@code seed}: different seeds give independent-looking hashes
     * (Maglev's {@code h1}/{@code h2}).
     */
    public static long hash64(String text, long seed) {
        return mix64(fnv1a(text) + seed * GOLDEN);
    }

    /** FNV-1a 64 over the UTF-8 bytes of {@code text}, without the finalizer. */
    static long fnv1a(String text) {
        long h = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        return h;
    }

    /**
     * {@link #hash64(String) hash64(prefix + n)} from {@code state = fnv1a(prefix)}, without building the string:
     * FNV-1a runs on over the ASCII decimal digits of {@code n}. Lets a ring hash millions of {@code id#v} names fast.
     *
     * @param n a number &gt;= 0
     */
    static long hash64Suffixed(long state, long n) {
        long h = state;
        for (long place = largestPowerOfTenAtMost(n); place > 0; place /= 10) {
            h = (h ^ ('0' + (n / place) % 10)) * FNV_PRIME;
        }
        return mix64(h);
    }

    private static long largestPowerOfTenAtMost(long n) {
        long place = 1;
        while (place <= n / 10) {
            place *= 10;
        }
        return place;
    }

    /** Hashes two hashes into one (rendezvous hashing's {@code hash(key, server)}); not symmetric. */
    public static long combine(long a, long b) {
        return mix64(a ^ Long.rotateLeft(b * GOLDEN, 31));
    }

    /** MurmurHash3's {@code fmix64} finalizer: a bijection on 64-bit values with full avalanche. */
    public static long mix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** {@code h} read as an unsigned value, reduced modulo {@code n} (&gt; 0): an index in {@code [0, n)}. */
    public static int index(long h, int n) {
        return (int) Long.remainderUnsigned(h, n);
    }

    /** {@code h} mapped to a uniform double strictly inside (0, 1), from its top 52 bits (53 would round up to 1). */
    public static double unit(long h) {
        return ((h >>> 12) + 0.5) * 0x1.0p-52;
    }
}
