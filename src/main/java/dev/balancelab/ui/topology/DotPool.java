package dev.balancelab.ui.topology;

/**
 * The pooled struct-of-arrays part that {@link DotBuffer} (request dots) and {@link StorageDots} (storage dots) share:
 * per slot whether it is live, its position and colour code, and a free list, so that no object is made per dot.
 * Single-threaded (FX thread).
 */
abstract class DotPool {
    private final boolean[] live;
    /** Positions in canvas px, set by the subclass when it places a dot. */
    final double[] x;

    final double[] y;
    /** Colour codes ({@link DotBuffer#OUTBOUND} …), set with the position. */
    final int[] colour;

    private final int[] free;
    private int freeCount;
    private int highWater;
    private int liveCount;
    /** Whether a dot was added or ended, or the geometry changed, since the last {@link #advance}. */
    private boolean changed = true;

    private long advancedTo = -1;

    DotPool(int capacity) {
        live = new boolean[capacity];
        x = new double[capacity];
        y = new double[capacity];
        colour = new int[capacity];
        free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = capacity - 1 - i;
        }
        freeCount = capacity;
    }

    /** The geometry changed: the next {@link #advance} places every dot again. */
    final void moved() {
        changed = true;
    }

    /**
     * Moves every dot to lab time {@code now} and frees the ones that arrived.
     *
     * @return false if nothing changed since the last call (same lab time, no dot added or ended, not moved): the
     *     dots stand where they were drawn
     */
    final boolean advance(long now, Geometry g) {
        if (!changed && now == advancedTo) {
            return false;
        }
        changed = false;
        advancedTo = now;
        for (int i = 0; i < highWater(); i++) {
            if (live(i) && !place(i, now, g)) {
                release(i);
            }
        }
        return true;
    }

    /** A dot was added or ended: the next {@link #advance} draws. */
    final void changed() {
        changed = true;
    }

    /** Sets dot {@code i}'s position and colour at {@code now}; false once its journey is over. */
    abstract boolean place(int i, long now, Geometry g);

    /** Takes a free slot and marks it live; -1 if all are taken. */
    int allocate() {
        if (freeCount == 0) {
            return -1;
        }
        int i = free[--freeCount];
        live[i] = true;
        liveCount++;
        highWater = Math.max(highWater, i + 1);
        return i;
    }

    /** Gives slot {@code i} back. */
    void release(int i) {
        live[i] = false;
        liveCount--;
        free[freeCount++] = i;
        while (highWater > 0 && !live[highWater - 1]) {
            highWater--;
        }
    }

    /** One past the highest live slot. */
    final int highWater() {
        return highWater;
    }

    final boolean live(int i) {
        return live[i];
    }

    final double x(int i) {
        return x[i];
    }

    final double y(int i) {
        return y[i];
    }

    final int colour(int i) {
        return colour[i];
    }

    /** Dots alive now. */
    final int liveCount() {
        return liveCount;
    }
}
