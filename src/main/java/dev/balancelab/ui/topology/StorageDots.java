package dev.balancelab.ui.topology;

/**
 * The storage tier's dots: one per replica a server's read or write went to (Dynamo's coordinator fanning out to the
 * preference list). A dot leaves the server's right edge, reaches the storage node after one leg and comes back in one
 * more, coloured by the answer: {@link DotBuffer#OK} (answered), {@link DotBuffer#FAILED} (the node was down and
 * refused), {@link DotBuffer#RETRY} (a stand-in that took a hinted write). A pooled struct-of-arrays buffer like
 * {@link DotBuffer}, positions a function of lab time; beyond the capacity new dots are not drawn. FX thread only.
 */
final class StorageDots {
    private final long legNanos;
    private final int[] server;
    private final int[] node;
    private final long[] start;
    private final int[] answer;
    private final boolean[] live;
    private final double[] x;
    private final double[] y;
    private final int[] colour;
    private final int[] free;
    private int freeCount;
    private int highWater;
    private int liveCount;
    private boolean changed = true;
    private long advancedTo = -1;

    /**
     * @param capacity dots drawn at most
     * @param legNanos lab time of one leg (server → node, node → server)
     */
    StorageDots(int capacity, long legNanos) {
        this.legNanos = legNanos;
        server = new int[capacity];
        node = new int[capacity];
        start = new long[capacity];
        answer = new int[capacity];
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

    /** Server {@code serverIndex} sent an operation to storage node {@code nodeIndex}, answered in {@code colour}. */
    void sent(int serverIndex, int nodeIndex, int answerColour, long nanos) {
        if (freeCount == 0) {
            return;
        }
        int i = free[--freeCount];
        live[i] = true;
        liveCount++;
        highWater = Math.max(highWater, i + 1);
        server[i] = serverIndex;
        node[i] = nodeIndex;
        start[i] = nanos;
        answer[i] = answerColour;
        changed = true;
    }

    /** The geometry changed: the next {@link #advance} places every dot again. */
    void moved() {
        changed = true;
    }

    /** Moves every dot to lab time {@code now}; false if nothing changed since the last call. */
    boolean advance(long now, Geometry g) {
        if (!changed && now == advancedTo) {
            return false;
        }
        changed = false;
        advancedTo = now;
        for (int i = 0; i < highWater; i++) {
            if (live[i] && !place(i, now, g)) {
                live[i] = false;
                liveCount--;
                free[freeCount++] = i;
            }
        }
        while (highWater > 0 && !live[highWater - 1]) {
            highWater--;
        }
        return true;
    }

    private boolean place(int i, long now, Geometry g) {
        long t = Math.max(0, now - start[i]);
        if (server[i] >= g.serverCount() || node[i] >= g.storageCount()) {
            return false;
        }
        double sx = g.serverOutX(server[i]);
        double sy = g.serverY(server[i]);
        double nx = g.storageInX(node[i]);
        double ny = g.storageY(node[i]);
        double f = Math.min(1, (double) (t < legNanos ? t : t - legNanos) / legNanos);
        if (t < legNanos) {
            colour[i] = DotBuffer.OUTBOUND;
            x[i] = sx + (nx - sx) * f;
            y[i] = sy + (ny - sy) * f;
        } else {
            colour[i] = answer[i];
            x[i] = nx + (sx - nx) * f;
            y[i] = ny + (sy - ny) * f;
        }
        return t < 2 * legNanos;
    }

    int highWater() {
        return highWater;
    }

    boolean live(int i) {
        return live[i];
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }

    int colour(int i) {
        return colour[i];
    }

    int liveCount() {
        return liveCount;
    }
}
