package dev.balancelab.ui.topology;

/**
 * The (code, pixel) pairs marked since the last {@link #clear()}: an open-addressing hash set with a stamp per slot,
 * so clearing is O(1) and nothing is allocated after construction. Single-threaded (FX thread).
 */
final class PixelSet {
    private final long[] keys;
    private final int[] stamps;
    private int stamp = 1;

    /** @param marks pairs marked between two clears, at most (past twice as many, {@link #add} always answers true) */
    PixelSet(int marks) {
        int slots = Integer.highestOneBit(Math.max(1, 2 * marks - 1)) << 1;
        keys = new long[slots];
        stamps = new int[slots];
    }

    /** Forgets every mark. */
    void clear() {
        stamp++;
    }

    /**
     * Marks the pixel that the point ({@code x}, {@code y}) (px, rounded) falls on, for {@code code} (0–255).
     *
     * @return whether it was not marked yet
     */
    boolean add(int code, double x, double y) {
        long key = (long) code << 48 | (Math.round(x) & 0xFF_FFFFL) << 24 | Math.round(y) & 0xFF_FFFFL;
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E37_79B9_7F4A_7C15L) & mask;
        for (int probes = 0; probes < keys.length && stamps[slot] == stamp; probes++) {
            if (keys[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        stamps[slot] = stamp;
        keys[slot] = key;
        return true;
    }
}
